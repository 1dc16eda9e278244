namespace PaperGraph.Store.Neo4j.Http;

/// <summary>
/// Neo4j ended the transaction at its own time limit (<c>dbms.transaction.timeout</c>, <c>db.transaction.timeout</c> on 5.x)
/// and rolled it back. Never retried: the same statement would run into the same limit. Carries Neo4j's status code but
/// never the server's message text.
/// </summary>
public sealed class Neo4jTransactionTimeoutException : Exception
{
    public Neo4jTransactionTimeoutException()
    {
        Code = "unknown";
    }

    public Neo4jTransactionTimeoutException(string message)
        : base(message)
    {
        Code = "unknown";
    }

    public Neo4jTransactionTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "unknown";
    }

    public Neo4jTransactionTimeoutException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Neo4j's status code: <c>Neo.ClientError.Transaction.TransactionTimedOut</c> on 3.2 and later, <c>Neo.DatabaseError.Statement.ExecutionFailed</c> on 3.1.</summary>
    public string Code { get; }
}
