using PaperGraph.Testing;
using PaperGraph.Testing.Neo4j;
using PaperGraph.Testing.Processes;

namespace PaperGraph.Cli.Tests;

/// <summary>
/// Two <c>papergraph ingest</c> processes on one Neo4j: the graph must be the one of running them one after the other.
/// The writer lease is a node in the database, so it holds across processes (and machines) as SQLite's file lock does.
/// </summary>
public sealed class Neo4jConcurrentIngestTests(CliWritersNeo4jServer server) : IClassFixture<CliWritersNeo4jServer>
{
    [Fact]
    public async Task Ingest_TwoProcessesOfDifferentFilesAtOnce_ExportEqualsASequentialRun()
    {
        server.RequireStarted();
        var ct = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        var (first, second) = ConcurrentIngestTests.SampleHalves(temp);
        string[] store = ["--store", "neo4j", "--neo4j-url", server.Url];

        await Neo4jDatabase.ClearAsync(server.Url, ct);
        Assert.Equal(0, (await CliProcess.RunAsync(["ingest", first, .. store, "--batch-size", "50"])).ExitCode);
        Assert.Equal(0, (await CliProcess.RunAsync(["ingest", second, .. store, "--batch-size", "50"])).ExitCode);
        var expected = await IngestedDatabase.ExportAsync(store);

        await Neo4jDatabase.ClearAsync(server.Url, ct);
        var environment = new Dictionary<string, string> { ["WriterLease__PollInterval"] = "00:00:00.050" };
        using var a = CliProcess.Start(environment, ["ingest", first, .. store, "--batch-size", "50"]);
        using var b = CliProcess.Start(environment, ["ingest", second, .. store, "--batch-size", "50"]);
        Assert.True(await a.WaitForExitAsync(TimeSpan.FromSeconds(300)), a.Output);
        Assert.True(await b.WaitForExitAsync(TimeSpan.FromSeconds(300)), b.Output);

        Assert.Equal((0, 0), (a.ExitCode, b.ExitCode));
        Assert.Equal(expected, await IngestedDatabase.ExportAsync(store));
    }
}
