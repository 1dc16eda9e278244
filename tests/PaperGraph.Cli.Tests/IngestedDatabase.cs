using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing.Processes;

namespace PaperGraph.Cli.Tests;

/// <summary>
/// What the crash, termination, concurrency and full-disk tests read from an SQLite database that <c>papergraph ingest</c>
/// processes wrote: its whole graph as <c>papergraph export --format jsonl</c> prints it, compared byte for byte with a
/// clean run's, and how many papers it holds, or holds unlinked, while a run is under way or once it failed.
/// </summary>
internal static class IngestedDatabase
{
    /// <summary>The export of a real <c>papergraph</c> process; it must succeed and hold links, or the comparison proves nothing.</summary>
    public static Task<string> ExportAsync(string database) => ExportAsync(["--db", database]);

    /// <summary>The same, of the store these options name (a Neo4j: <c>--store neo4j --neo4j-url URL</c>).</summary>
    public static async Task<string> ExportAsync(IReadOnlyList<string> storeOptions)
    {
        var export = await CliProcess.RunAsync(["export", "--format", "jsonl", .. storeOptions]);
        Assert.True(export.ExitCode == 0, $"export failed ({export.ExitCode}): {export.Error}");
        Assert.Contains("\"links\":[{", export.Output, StringComparison.Ordinal);
        return export.Output;
    }

    /// <summary>Papers stored but not yet covered by a linking pass (at most 1,000), as an interrupted run leaves them.</summary>
    public static async Task<int> LinkPendingCountAsync(string database, CancellationToken ct)
    {
        await using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = database }, NullLogger<SqliteGraphStore>.Instance);
        return (await store.GetLinkPendingPaperIdsAsync(1_000, ct)).Count;
    }

    /// <summary>Papers stored so far; 0 while the file or its schema is not there yet.</summary>
    public static async Task<long> PaperCountAsync(string database, CancellationToken ct)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        await using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = database }, NullLogger<SqliteGraphStore>.Instance);
        try
        {
            return (await store.GetStatsAsync(ct)).Papers;
        }
        catch (SqliteException)
        {
            return 0; // the schema is not there yet
        }
    }
}
