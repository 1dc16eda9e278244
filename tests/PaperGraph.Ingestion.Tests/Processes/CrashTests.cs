using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;
using PaperGraph.Testing.Processes;
using PaperGraph.Ingestion.Tests.Infrastructure;

namespace PaperGraph.Ingestion.Tests.Processes;

/// <summary><c>papergraph worker</c> as a child process, killed with SIGKILL at random points and restarted.</summary>
public sealed class CrashTests
{
    private const int Papers = 5_000;
    private const int BatchSize = 250;
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["Ingestion__BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Ingestion__StabilityInterval"] = "00:00:00.050",
    };

    [Fact]
    public async Task Worker_KilledAtRandomPointsAndRestarted_StoreEqualsACleanRun()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var staging = temp.File("papers.jsonl");
        await File.WriteAllTextAsync(staging, SyntheticPapers.Jsonl(0, Papers - 2) + "{\"title\": \"\", \"abstract\": \"x\"}\n" + SyntheticPapers.Jsonl(Papers - 2, 2), ct);
        var expected = await CleanRunAsync(staging, temp.File("clean"), ct);

        var database = temp.File("crash.db");
        var inbox = new InboxLayout(temp.File("inbox"));
        await using var observer = new SqliteGraphStore(new SqliteOptions { DatabasePath = database }, NullLogger<SqliteGraphStore>.Instance);
        await observer.InitializeAsync(ct);
        Directory.CreateDirectory(inbox.Root);
        File.Copy(staging, Path.Combine(inbox.Root, "papers.jsonl"));

        var random = new Random(20_261_123);
        var thresholds = Enumerable.Range(0, 3).Select(_ => random.Next(100, Papers - 100)).Order().ToArray();
        var midFileKills = 0;
        for (var round = 0; round < 6; round++)
        {
            using var worker = StartWorker(database, inbox.Root);
            if (round % 2 == 0)
            {
                // Kill once the store holds a random number of papers: certainly in the middle of the file.
                var threshold = thresholds[round / 2];
                await Eventually.TrueAsync(() => worker.HasExited || Count(observer) >= threshold || inbox.Receipts().Length > 0, TimeSpan.FromSeconds(60), $"{threshold} papers\n{worker.Output}");
            }
            else
            {
                // Kill after a random time: during start-up, the unchanged re-read, or a write.
                await Task.Delay(random.Next(200, 2_000), ct);
            }

            Assert.False(worker.HasExited, worker.Output);
            worker.KillHard();
            midFileKills += inbox.Receipts().Length == 0 && Count(observer) is > 0 and < Papers ? 1 : 0;
        }

        using (var last = StartWorker(database, inbox.Root))
        {
            await Eventually.TrueAsync(() => inbox.Receipts().Length == 1, TimeSpan.FromSeconds(120), $"the receipt\n{last.Output}");
            Assert.True(await last.TerminateAsync(TimeSpan.FromSeconds(20)), "SIGTERM did not stop the worker");
            Assert.Equal(0, last.ExitCode);
        }

        var actual = await StoreContents.ReadAsync(observer, ct);
        Assert.True(midFileKills >= 3, $"only {midFileKills} kills landed mid-file");
        Assert.Equal(Papers, actual.Count(l => l.StartsWith("paper ", StringComparison.Ordinal)));
        Assert.Contains(expected, l => l.StartsWith("mention ", StringComparison.Ordinal)); // the worker links what it stores
        Assert.Equal(expected, actual);
        Assert.Empty(inbox.WaitingOrProcessing());
        Assert.True(File.Exists(Path.Combine(inbox.Done, "papers.jsonl")));
    }

    private static CliProcess StartWorker(string database, string inbox) =>
        CliProcess.Start(Environment, "worker", "--db", database, "--inbox", inbox);

    private static long Count(SqliteGraphStore store) =>
        store.GetStatsAsync(CancellationToken.None).GetAwaiter().GetResult().Papers;

    /// <summary>The same file through one worker run that nobody kills.</summary>
    private static async Task<IReadOnlyList<string>> CleanRunAsync(string file, string folder, CancellationToken ct)
    {
        var inbox = new InboxLayout(Path.Combine(folder, "inbox"));
        Directory.CreateDirectory(inbox.Root);
        File.Copy(file, Path.Combine(inbox.Root, Path.GetFileName(file)));
        var database = Path.Combine(folder, "clean.db");
        using (var worker = StartWorker(database, inbox.Root))
        {
            await Eventually.TrueAsync(() => inbox.Receipts().Length == 1, TimeSpan.FromSeconds(120), $"the clean run's receipt\n{worker.Output}");
            Assert.True(await worker.TerminateAsync(TimeSpan.FromSeconds(20)), worker.Output);
        }

        await using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = database }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(ct);
        return await StoreContents.ReadAsync(store, ct);
    }
}
