namespace PaperGraph.Cli.Commands;

/// <summary>Which graph store a command runs against (<c>--store</c>).</summary>
internal enum StoreProvider
{
    Sqlite,
    Neo4j,
}
