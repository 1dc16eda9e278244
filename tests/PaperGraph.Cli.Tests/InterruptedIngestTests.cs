using PaperGraph.Core.Samples;
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
        var expected = await IngestedDatabase.ExportAsync(clean);
        var total = await IngestedDatabase.PaperCountAsync(clean, ct);

        var database = temp.File("crash.db");
        var random = new Random(20_261_205);
        var stored = 0L;
        for (var round = 0; round < 3; round++)
        {
            // Kill once the store holds more papers than after the previous kill: certainly mid-file.
            var threshold = stored + random.Next(10, (int)(total - stored) / 3);
            using var ingest = CliProcess.Start(new Dictionary<string, string>(), "ingest", samples, "--db", database, "--batch-size", BatchSize);
            while (!ingest.HasExited && await IngestedDatabase.PaperCountAsync(database, ct) < threshold)
            {
                await Task.Delay(20, ct);
            }

            Assert.False(ingest.HasExited, $"round {round} ended before {threshold} papers\n{ingest.Output}");
            ingest.KillHard();
            stored = await IngestedDatabase.PaperCountAsync(database, ct);
            Assert.InRange(stored, threshold, total - 1);
        }

        var rerun = await CliProcess.RunAsync("ingest", samples, "--db", database, "--batch-size", BatchSize);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(expected, await IngestedDatabase.ExportAsync(database));
    }
}
