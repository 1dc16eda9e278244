namespace PaperGraph.Store.Neo4j.Http;

/// <summary>One Cypher statement with its parameters (serialised with camelCase names).</summary>
internal sealed record CypherStatement(string Text, object? Parameters = null);
