using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Samples;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;
using PaperGraph.Testing.Processes;

namespace PaperGraph.Cli.Tests;

/// <summary>
/// <c>papergraph ingest</c> against a store whose writer lease another process holds: a <c>sleep</c> child stands
/// for that writer, alive or killed, so whether the holder runs is decided by a real process table.
/// </summary>
public sealed class WriterLeaseTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Ingest_LiveHolderPastTheWait_ExitsOneWithOneLineAndWritesNothing()
    {
        using var temp = new TempDirectory();
        using var sleeper = Sleep();
        var db = await StoreHeldByAsync(temp, Owner(sleeper));

        var ingest = await RunIngestAsync(temp, db, waitTimeout: "00:00:00.500");

        Assert.Equal(1, ingest.ExitCode);
        // Log lines ("[hh:mm:ss INF] ...") may come first; the failure itself is one line, no stack trace.
        var line = Assert.Single(ingest.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => !l.StartsWith('['));
        Assert.StartsWith($"Another writer ({Owner(sleeper)}) is writing to this store", line, StringComparison.Ordinal);
        Assert.Equal(0, await PapersAsync(db));
    }

    [Fact]
    public async Task Ingest_HolderProcessGone_TakesTheLeaseOverWithoutWaiting()
    {
        using var temp = new TempDirectory();
        using var sleeper = Sleep();
        var db = await StoreHeldByAsync(temp, Owner(sleeper));
        sleeper.Kill();
        await sleeper.WaitForExitAsync(TestContext.Current.CancellationToken);

        var ingest = await RunIngestAsync(temp, db, waitTimeout: "00:00:00");

        Assert.Equal(0, ingest.ExitCode);
        Assert.True(await PapersAsync(db) > 0);
    }

    [Fact]
    public async Task Ingest_HolderReleasesWhileWaiting_WaitsThenIngests()
    {
        using var temp = new TempDirectory();
        using var sleeper = Sleep();
        var owner = Owner(sleeper);
        var db = await StoreHeldByAsync(temp, owner);
        SampleCorpus.ExtractTo(temp.File("samples"));
        using var ingest = CliProcess.Start(new Dictionary<string, string> { ["WriterLease__PollInterval"] = "00:00:00.050" }, "ingest", temp.File("samples"), "--db", db);

        // The waiting run says so on standard error before the holder lets go.
        await WaitUntilAsync(() => ingest.HasExited || ingest.StandardError.Contains("Waiting for the writer lease", StringComparison.Ordinal));
        Assert.False(ingest.HasExited, ingest.Output);
        Assert.Equal(0, await PapersAsync(db));
        await using (var store = await OpenAsync(db))
        {
            await store.ReleaseWriterLeaseAsync(owner, TestContext.Current.CancellationToken);
        }

        Assert.True(await ingest.WaitForExitAsync(TimeSpan.FromSeconds(120)), ingest.Output);
        Assert.Equal(0, ingest.ExitCode);
        Assert.True(await PapersAsync(db) > 0);
    }

    private static Process Sleep() => Process.Start("sleep", "600");

    private static string Owner(Process process) =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{process.Id}:test");

    private static async Task<string> StoreHeldByAsync(TempDirectory temp, string owner)
    {
        var db = temp.File("pg.db");
        await using var store = await OpenAsync(db);
        Assert.True((await store.TryAcquireWriterLeaseAsync(owner, Long, null, TestContext.Current.CancellationToken)).Acquired);
        return db;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunIngestAsync(TempDirectory temp, string db, string waitTimeout)
    {
        SampleCorpus.ExtractTo(temp.File("samples"));
        using var ingest = CliProcess.Start(new Dictionary<string, string> { ["WriterLease__WaitTimeout"] = waitTimeout }, "ingest", temp.File("samples"), "--db", db);
        Assert.True(await ingest.WaitForExitAsync(TimeSpan.FromSeconds(120)), ingest.Output);
        return (ingest.ExitCode, ingest.StandardOutput, ingest.StandardError);
    }

    private static async Task<SqliteGraphStore> OpenAsync(string db)
    {
        var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = db }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        return store;
    }

    private static async Task<long> PapersAsync(string db)
    {
        await using var store = await OpenAsync(db);
        return (await store.GetStatsAsync(TestContext.Current.CancellationToken)).Papers;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!condition() && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
