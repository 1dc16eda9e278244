namespace PaperGraph.Store.Neo4j.Http;

/// <summary>What discovery found: where to commit transactions and which DDL family the server speaks.</summary>
internal sealed record Neo4jEndpoint(Uri CommitUri, int MajorVersion, string Version)
{
    /// <summary>3.x has no <c>IF NOT EXISTS</c> and no full-text index; 4.4 and 5.x share one syntax.</summary>
    public string SchemaFamily => MajorVersion >= 4 ? "4x-5x" : "3x";

    public bool HasFullTextIndex => MajorVersion >= 4;
}
