namespace PaperGraph.Store.Neo4j.Tests.Cypher5;

/// <summary>One Cypher statement as the store sent it, with the names of the parameters sent along.</summary>
internal sealed record SentStatement(string Statement, IReadOnlyList<string> Parameters);
