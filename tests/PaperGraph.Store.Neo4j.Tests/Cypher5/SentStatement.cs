namespace PaperGraph.Store.Neo4j.Tests.Cypher5;

/// <summary>
/// One Cypher statement as the store sent it, with the names of the parameters sent along, whether its transaction went
/// as a read (<c>Access-Mode: READ</c>), and for those, whether the server counted any update it made.
/// </summary>
internal sealed record SentStatement(string Statement, IReadOnlyList<string> Parameters, bool ReadOnly = false, bool? Updated = null);
