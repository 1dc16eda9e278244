namespace PaperGraph.Store.Neo4j.Http;

/// <summary>
/// Neo4j rejected a statement and rolled its transaction back. Carries Neo4j's status code
/// (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>) but never the server's message text, which can
/// hold query text, data or Java stack traces; that text is only logged.
/// </summary>
public sealed class Neo4jQueryException : Exception
{
    public Neo4jQueryException()
    {
        Code = "unknown";
    }

    public Neo4jQueryException(string message)
        : base(message)
    {
        Code = "unknown";
    }

    public Neo4jQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "unknown";
    }

    public Neo4jQueryException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Neo4j's status code, or <c>http-NNN</c> for an HTTP failure without one.</summary>
    public string Code { get; }
}
