namespace PaperGraph.Store.Neo4j.Http;

/// <summary>The Neo4j server could not be reached, refused us, or stayed failing after retries.</summary>
public sealed class Neo4jUnavailableException : Exception
{
    public Neo4jUnavailableException()
    {
    }

    public Neo4jUnavailableException(string message)
        : base(message)
    {
    }

    public Neo4jUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
