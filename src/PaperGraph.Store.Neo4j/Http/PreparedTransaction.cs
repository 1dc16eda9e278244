namespace PaperGraph.Store.Neo4j.Http;

/// <summary>A transaction's request body, serialised once and re-sent as is by every retry.</summary>
internal sealed record PreparedTransaction(byte[] Body, int StatementCount);
