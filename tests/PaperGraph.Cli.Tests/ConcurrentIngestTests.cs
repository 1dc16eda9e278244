using PaperGraph.Core.Samples;
using PaperGraph.Testing;
using PaperGraph.Testing.Processes;

namespace PaperGraph.Cli.Tests;

/// <summary>Two <c>papergraph ingest</c> processes on one database: the graph must be the one of running them one after the other.</summary>
public sealed class ConcurrentIngestTests
{
    [Fact]
    public async Task Ingest_TwoProcessesOfDifferentFilesAtOnce_ExportEqualsASequentialRun()
    {
        using var temp = new TempDirectory();
        var (first, second) = SampleHalves(temp);

        var sequential = temp.File("sequential.db");
        Assert.Equal(0, (await CliProcess.RunAsync("ingest", first, "--db", sequential, "--batch-size", "20")).ExitCode);
        Assert.Equal(0, (await CliProcess.RunAsync("ingest", second, "--db", sequential, "--batch-size", "20")).ExitCode);
        var expected = await IngestedDatabase.ExportAsync(sequential);

        var shared = temp.File("shared.db");
        Assert.Equal(0, (await CliProcess.RunAsync("stats", "--db", shared)).ExitCode); // the schema, so neither run creates it
        var environment = new Dictionary<string, string> { ["WriterLease__PollInterval"] = "00:00:00.050" };
        using var a = CliProcess.Start(environment, "ingest", first, "--db", shared, "--batch-size", "20");
        using var b = CliProcess.Start(environment, "ingest", second, "--db", shared, "--batch-size", "20");
        Assert.True(await a.WaitForExitAsync(TimeSpan.FromSeconds(120)), a.Output);
        Assert.True(await b.WaitForExitAsync(TimeSpan.FromSeconds(120)), b.Output);

        Assert.Equal((0, 0), (a.ExitCode, b.ExitCode));
        Assert.Equal(expected, await IngestedDatabase.ExportAsync(shared));
    }

    /// <summary>The sample listings in two folders, alternately: two inputs with papers and names that relate across them.</summary>
    internal static (string First, string Second) SampleHalves(TempDirectory temp)
    {
        var samples = SampleCorpus.ExtractTo(temp.File("samples"));
        var (first, second) = (temp.File("first"), temp.File("second"));
        Directory.CreateDirectory(first);
        Directory.CreateDirectory(second);
        for (var i = 0; i < samples.Count; i++)
        {
            File.Copy(samples[i], Path.Combine(i % 2 == 0 ? first : second, Path.GetFileName(samples[i])));
        }

        return (first, second);
    }
}
