using Microsoft.Data.Sqlite;
using PaperGraph.Core.Samples;
using PaperGraph.Testing;
using PaperGraph.Testing.Processes;

namespace PaperGraph.Cli.Tests;

/// <summary>
/// SIGTERM, as a service manager or <c>timeout</c> sends it, ends a command that is busy: it stops without a stack trace
/// and leaves nothing a re-run does not repair.
/// </summary>
public sealed class TerminatedCommandTests
{
    private const string BatchSize = "20";

    [Fact]
    public async Task Ingest_TerminatedMidFileThenRunAgain_StopsAndExportEqualsACleanRun()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var samples = temp.File("samples");
        SampleCorpus.ExtractTo(samples);
        var clean = temp.File("clean.db");
        Assert.Equal(0, (await CliProcess.RunAsync("ingest", samples, "--db", clean, "--batch-size", BatchSize)).ExitCode);
        var expected = await IngestedDatabase.ExportAsync(clean);
        var total = await IngestedDatabase.PaperCountAsync(clean, ct);

        var database = temp.File("terminated.db");
        using (var ingest = CliProcess.Start(new Dictionary<string, string>(), "ingest", samples, "--db", database, "--batch-size", BatchSize))
        {
            // Terminate once some papers are stored: certainly in the middle of the files.
            while (!ingest.HasExited && await IngestedDatabase.PaperCountAsync(database, ct) < total / 4)
            {
                await Task.Delay(20, ct);
            }

            Assert.False(ingest.HasExited, $"ingest ended before it was terminated\n{ingest.Output}");
            Assert.True(await ingest.TerminateAsync(TimeSpan.FromSeconds(20)), $"SIGTERM did not stop ingest\n{ingest.Output}");
            Assert.NotEqual(0, ingest.ExitCode);
            Assert.DoesNotContain("   at ", ingest.StandardError, StringComparison.Ordinal);
        }

        Assert.InRange(await IngestedDatabase.PaperCountAsync(database, ct), total / 4, total - 1);
        var rerun = await CliProcess.RunAsync("ingest", samples, "--db", database, "--batch-size", BatchSize);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(expected, await IngestedDatabase.ExportAsync(database));
    }

    [Fact]
    public async Task Search_StuckOnALockedDatabase_SigtermEndsItWithoutAStack()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var database = temp.File("locked.db");
        Assert.Equal(0, (await CliProcess.RunAsync("stats", "--db", database)).ExitCode);

        // Another process's exclusive lock: every statement of the search waits for it, up to the 30 s busy timeout.
        await using var holder = new SqliteConnection($"Data Source={database};Pooling=False");
        await holder.OpenAsync(ct);
        await using (var exclusive = new SqliteCommand("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;", holder))
        {
            await exclusive.ExecuteNonQueryAsync(ct);
        }

        using var search = CliProcess.Start(new Dictionary<string, string>(), "search", "state space", "--db", database);
        await Task.Delay(TimeSpan.FromSeconds(3), ct); // started and waiting on the lock

        Assert.False(search.HasExited, $"search ended before it was terminated\n{search.Output}");
        Assert.True(await search.TerminateAsync(TimeSpan.FromSeconds(10)), $"SIGTERM did not stop search\n{search.Output}");
        Assert.NotEqual(0, search.ExitCode);
        Assert.DoesNotContain("   at ", search.StandardError, StringComparison.Ordinal);
    }
}
