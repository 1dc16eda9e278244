using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Ingestion.Tests.Infrastructure;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;
using PaperGraph.Testing.Processes;

namespace PaperGraph.Ingestion.Tests.Processes;

/// <summary>
/// <c>papergraph serve</c> killed with SIGKILL while its inbox worker is in the middle of a file, then started again:
/// the export must be byte for byte the one of a run nobody killed (mentions, introductions and links included).
/// </summary>
public sealed class ServeCrashTests
{
    private const int Papers = 3_000;
    private const int SamplePapers = 372; // serve seeds the sample corpus into an empty store first
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["Ingestion__BatchSize"] = "200",
        ["Ingestion__StabilityInterval"] = "00:00:00.050",
        ["Samples__IncludeDated"] = "false", // the listing pages only, so the counts below are the sample's 372
    };

    [Fact]
    public async Task Serve_KilledTwiceMidInboxFileThenRestarted_ExportEqualsACleanRun()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var staging = temp.File("papers.jsonl");
        await File.WriteAllTextAsync(staging, SyntheticPapers.Jsonl(0, Papers), ct);
        var expected = await RunToTheEndAsync(temp.File("clean/pg.db"), staging, kills: [], ct);

        var random = new Random(20_261_205);
        var first = SamplePapers + random.Next(200, Papers / 2);
        int[] kills = [first, first + random.Next(200, Papers / 3)];
        var actual = await RunToTheEndAsync(temp.File("crash/pg.db"), staging, kills, ct);

        Assert.Contains("\"links\":[{", expected, StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// Serves <paramref name="database"/> with <paramref name="file"/> dropped into its inbox, killing the process each
    /// time the store holds more papers than the next of <paramref name="kills"/>, until the file's receipt is written;
    /// then stops it with SIGTERM and returns the JSON Lines export.
    /// </summary>
    private static async Task<string> RunToTheEndAsync(string database, string file, int[] kills, CancellationToken ct)
    {
        var inbox = new InboxLayout(Path.Combine(Path.GetDirectoryName(database)!, "inbox"));
        Directory.CreateDirectory(inbox.Root);
        File.Copy(file, Path.Combine(inbox.Root, Path.GetFileName(file)));
        await using (var observer = new SqliteGraphStore(new SqliteOptions { DatabasePath = database }, NullLogger<SqliteGraphStore>.Instance))
        {
            await observer.InitializeAsync(ct);
            foreach (var threshold in kills)
            {
                using var serve = Start(database);
                await Eventually.TrueAsync(() => serve.HasExited || Count(observer) >= threshold || inbox.Receipts().Length > 0, TimeSpan.FromSeconds(120), $"{threshold} papers\n{serve.Output}");

                Assert.False(serve.HasExited, serve.Output);
                Assert.Empty(inbox.Receipts()); // killed in the middle of the file, not after it
                serve.KillHard();
                Assert.InRange(Count(observer), threshold, SamplePapers + Papers - 1);
            }

            using var last = Start(database);
            await Eventually.TrueAsync(() => last.HasExited || inbox.Receipts().Length == 1, TimeSpan.FromSeconds(180), $"the receipt\n{last.Output}");
            Assert.True(await last.TerminateAsync(TimeSpan.FromSeconds(20)), last.Output);
            Assert.Equal(0, last.ExitCode);
            Assert.Equal(SamplePapers + Papers, Count(observer));
        }

        var export = await CliProcess.RunAsync("export", "--format", "jsonl", "--db", database);
        Assert.Equal(0, export.ExitCode);
        return export.Output;
    }

    private static CliProcess Start(string database) =>
        CliProcess.Start(Environment, "serve", "--db", database, "--urls", $"http://127.0.0.1:{FreePort()}");

    private static long Count(SqliteGraphStore store) =>
        store.GetStatsAsync(CancellationToken.None).GetAwaiter().GetResult().Papers;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
