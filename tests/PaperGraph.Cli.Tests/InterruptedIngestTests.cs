using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Samples;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;
using PaperGraph.Testing.Processes;

namespace PaperGraph.Cli.Tests;

/// <summary>
/// <c>papergraph ingest</c> as a real process, killed with SIGKILL in the middle of the sample corpus and run
/// again: papers committed before their linking step must still end linked exactly as in a clean run.
/// </summary>
public sealed class InterruptedIngestTests
{
    // Small batches, so a kill lands between a batch's paper commit and its linking more often than not.
    private const string BatchSize = "20";

    [Fact]
    public async Task Ingest_KilledThreeTimesMidFileThenRunAgain_ExportEqualsACleanRun()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var samples = temp.File("samples");
        SampleCorpus.ExtractTo(samples);
        var clean = temp.File("clean.db");
        Assert.Equal(0, (await CliProcess.RunAsync("ingest", samples, "--db", clean, "--batch-size", BatchSize)).ExitCode);
        var expected = await ExportAsync(clean);
        var total = await PaperCountAsync(clean, ct);

        var database = temp.File("crash.db");
        var random = new Random(20_261_205);
        var stored = 0L;
        for (var round = 0; round < 3; round++)
        {
            // Kill once the store holds more papers than after the previous kill: certainly mid-file.
            var threshold = stored + random.Next(10, (int)(total - stored) / 3);
            using var ingest = CliProcess.Start(new Dictionary<string, string>(), "ingest", samples, "--db", database, "--batch-size", BatchSize);
            while (!ingest.HasExited && await PaperCountAsync(database, ct) < threshold)
            {
                await Task.Delay(20, ct);
            }

            Assert.False(ingest.HasExited, $"round {round} ended before {threshold} papers\n{ingest.Output}");
            ingest.KillHard();
            stored = await PaperCountAsync(database, ct);
            Assert.InRange(stored, threshold, total - 1);
        }

        var rerun = await CliProcess.RunAsync("ingest", samples, "--db", database, "--batch-size", BatchSize);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(expected, await ExportAsync(database));
    }

    private static async Task<string> ExportAsync(string database)
    {
        var export = await CliProcess.RunAsync("export", "--format", "jsonl", "--db", database);
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("\"links\":[{", export.Output, StringComparison.Ordinal);
        return export.Output;
    }

    private static async Task<long> PaperCountAsync(string database, CancellationToken ct)
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
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // the schema is not there yet
        }
    }
}
