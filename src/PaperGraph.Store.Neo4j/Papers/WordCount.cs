namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// How often one word occurs in a paper's title (<see cref="T"/>) and abstract (<see cref="A"/>), as FTS5 counts a
/// term's frequency per column: the properties of its <c>HAS_WORD</c> edge, short because there is one per edge.
/// An edge without them stands for <c>t = 0, a = 1</c>.
/// </summary>
internal sealed record WordCount(string Word, int T, int A);
