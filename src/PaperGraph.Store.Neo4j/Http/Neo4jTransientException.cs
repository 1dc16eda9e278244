namespace PaperGraph.Store.Neo4j.Http;

/// <summary>
/// A failure worth retrying: <c>Neo.TransientError.*</c> or an HTTP 5xx. The retry pipeline handles it;
/// it reaches callers only when retries are spent.
/// </summary>
public sealed class Neo4jTransientException : Exception
{
    public Neo4jTransientException()
    {
        Code = "unknown";
    }

    public Neo4jTransientException(string message)
        : base(message)
    {
        Code = "unknown";
    }

    public Neo4jTransientException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "unknown";
    }

    public Neo4jTransientException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public string Code { get; }
}
