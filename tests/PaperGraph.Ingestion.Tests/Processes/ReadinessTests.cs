using System.Net;
using PaperGraph.Ingestion.Tests.Infrastructure;
using PaperGraph.Testing;
using PaperGraph.Testing.Neo4j;
using PaperGraph.Testing.Processes;

namespace PaperGraph.Ingestion.Tests.Processes;

/// <summary>
/// Readiness follows the store: a worker over the test Neo4j answers 503, with the reason in the JSON, while the server
/// is stopped (by the deploy scripts), and 200 again once it is back. Liveness stays 200 throughout.
/// </summary>
// Both classes that stop the shared test server run one after the other, never during each other.
[Collection("Neo4j server stops")]
public sealed class ReadinessTests(Neo4jServer server) : IClassFixture<Neo4jServer>
{
    [Fact]
    public async Task Worker_Neo4jStoppedThenStarted_ReadyTurns503WithTheReasonThen200()
    {
        server.RequireReachable();
        var scripts = DeployScripts.Find();
        if (!scripts.ManagesServerAt(server.Url))
        {
            Assert.Skip($"The Neo4j at {server.Url} was not started by deploy/neo4j-test/start.sh, so this test may not stop it.");
        }

        var ct = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        var inbox = temp.File("inbox");
        Directory.CreateDirectory(inbox);
        using var worker = CliProcess.Start(new Dictionary<string, string>(), "worker", "--inbox", inbox, "--store", "neo4j", "--neo4j-url", server.Url, "--listen", "http://127.0.0.1:0");
        using var http = new HttpClient { BaseAddress = await WorkerListenerTests.ListenerAsync(worker), Timeout = TimeSpan.FromSeconds(10) };
        await Eventually.TrueAsync(() => WorkerListenerTests.ReadyAsync(http).GetAwaiter().GetResult().Status == HttpStatusCode.OK, TimeSpan.FromSeconds(30), $"ready before the stop\n{worker.Output}");

        try
        {
            await scripts.StopAsync(ct);
            (HttpStatusCode? Status, System.Text.Json.Nodes.JsonNode? Body) down = default;
            await Eventually.TrueAsync(() => (down = WorkerListenerTests.ReadyAsync(http).GetAwaiter().GetResult()).Status == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30), $"503 while Neo4j is down\n{worker.Output}");
            using var live = await http.GetAsync("/health/live", ct);

            Assert.Equal("Unhealthy", (string?)down.Body!["checks"]!["store"]!["status"]);
            var reason = $"{down.Body["checks"]!["store"]!["description"]} {down.Body["checks"]!["store"]!["error"]}";
            Assert.False(string.IsNullOrWhiteSpace(reason), down.Body.ToJsonString());
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            await scripts.StartAsync(ct);
        }

        await Eventually.TrueAsync(() => WorkerListenerTests.ReadyAsync(http).GetAwaiter().GetResult().Status == HttpStatusCode.OK, TimeSpan.FromSeconds(60), $"200 once Neo4j is back\n{worker.Output}");
        Assert.True(await worker.TerminateAsync(TimeSpan.FromSeconds(20)), worker.Output);
    }
}
