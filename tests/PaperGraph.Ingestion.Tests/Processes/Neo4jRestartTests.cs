using PaperGraph.Core.Samples;
using PaperGraph.Testing;
using PaperGraph.Testing.Neo4j;
using PaperGraph.Testing.Processes;

namespace PaperGraph.Ingestion.Tests.Processes;

/// <summary>
/// <c>papergraph ingest --store neo4j</c> while the test server is stopped and started again (by the deploy
/// scripts): whether the run fails or rides through on retries, a re-run must end with the clean run's graph.
/// </summary>
// Both classes that stop the shared test server run one after the other, never during each other.
[Collection("Neo4j server stops")]
public sealed class Neo4jRestartTests(Neo4jServer server) : IClassFixture<Neo4jServer>
{
    [Fact]
    public async Task Ingest_Neo4jRestartedMidIngestThenRunAgain_ExportEqualsACleanRun()
    {
        server.RequireReachable();
        var scripts = DeployScripts.Find();
        if (!scripts.ManagesServerAt(server.Url))
        {
            Assert.Skip($"The Neo4j at {server.Url} was not started by deploy/neo4j-test/start.sh, so this test may not stop it.");
        }

        var ct = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        // Two sample pages, about 150 papers: enough batches of 10 for the stop to land between two of them.
        var folder = temp.File("pages");
        Directory.CreateDirectory(folder);
        foreach (var page in SampleCorpus.ExtractTo(temp.File("samples")).Take(2))
        {
            File.Copy(page, Path.Combine(folder, Path.GetFileName(page)));
        }

        string[] ingest = ["ingest", folder, "--store", "neo4j", "--neo4j-url", server.Url, "--batch-size", "10"];
        await server.ClearDatabaseAsync(ct);
        var clean = await CliProcess.RunAsync(ingest);
        Assert.True(clean.ExitCode == 0, clean.Error);
        var expected = await ExportAsync();

        await server.ClearDatabaseAsync(ct);
        var interrupted = CliProcess.Start(new Dictionary<string, string>(), ingest);
        try
        {
            while (!interrupted.HasExited && !await AnyPaperAsync(ct))
            {
                await Task.Delay(50, ct);
            }

            Assert.False(interrupted.HasExited, $"the ingest ended before the restart\n{interrupted.Output}");
            await scripts.StopAsync(ct);
            // Still running with the server down, or failed because of it: the restart landed mid-ingest.
            Assert.True(!interrupted.HasExited || interrupted.ExitCode != 0, $"the ingest completed before the server stopped\n{interrupted.Output}");
            await scripts.StartAsync(ct);
            Assert.True(await interrupted.WaitForExitAsync(TimeSpan.FromSeconds(180)), interrupted.Output);
            TestContext.Current.SendDiagnosticMessage($"The interrupted ingest exited {interrupted.ExitCode}");
        }
        finally
        {
            interrupted.Dispose();
        }

        var rerun = await CliProcess.RunAsync(ingest);

        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Equal(expected, await ExportAsync());
        await server.ClearDatabaseAsync(ct);
    }

    private async Task<string> ExportAsync()
    {
        var export = await CliProcess.RunAsync("export", "--format", "jsonl", "--store", "neo4j", "--neo4j-url", server.Url);
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Contains("\"mentions\":[{", export.Output, StringComparison.Ordinal);
        return export.Output;
    }

    private async Task<bool> AnyPaperAsync(CancellationToken ct)
    {
        const string Count = """{"statements":[{"statement":"MATCH (p:Paper) RETURN count(p)"}]}""";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.PostAsync(new Uri(server.Url + "/db/data/transaction/commit"), new StringContent(Count, System.Text.Encoding.UTF8, "application/json"), ct);
            using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            return json.RootElement.GetProperty("results")[0].GetProperty("data")[0].GetProperty("row")[0].GetInt64() > 0;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
