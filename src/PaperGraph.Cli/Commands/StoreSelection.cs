namespace PaperGraph.Cli.Commands;

/// <summary>The store a command run asked for, read from the options by <see cref="StoreOptions"/>.</summary>
internal sealed record StoreSelection(StoreProvider Provider, string DatabasePath, string? Neo4jUrl = null, string? Neo4jUser = null, string? Neo4jPassword = null)
{
    /// <summary>Where the store lives, for messages: the file or the server URL (never the password).</summary>
    public string Location => Provider == StoreProvider.Neo4j ? PaperGraph.Core.Text.RedactedUrl.Of(Neo4jUrl) : DatabasePath;
}
