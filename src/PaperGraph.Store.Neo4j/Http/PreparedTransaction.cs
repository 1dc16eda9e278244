namespace PaperGraph.Store.Neo4j.Http;

/// <summary>
/// A transaction's request body, serialised once and re-sent as is by every retry, and whether it only reads
/// (sent with <c>Access-Mode: READ</c>, so a cluster may route it to any member).
/// </summary>
internal sealed record PreparedTransaction(byte[] Body, int StatementCount, bool ReadOnly);
