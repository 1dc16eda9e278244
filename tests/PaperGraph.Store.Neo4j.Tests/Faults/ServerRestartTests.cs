using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Neo4j.Tests.Server;
using PaperGraph.Testing.Contract;
using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Store.Neo4j.Tests.Faults;

/// <summary>The real test server stopped and restarted (by the deploy scripts) in the middle of an ingest.</summary>
public sealed class ServerRestartTests(Neo4jServer server)
{
    private const int PaperCount = 20_000;

    [Fact]
    public async Task UpsertPapers_ServerRestartedMidIngest_RerunCompletesWithNothingLostOrDuplicated()
    {
        server.RequireReachable();
        var scripts = DeployScripts.Find();
        if (!scripts.ManagesServerAt(server.Url))
        {
            Assert.Skip($"The Neo4j at {server.Url} was not started by deploy/neo4j-test/start.sh, so this test may not stop it.");
        }

        var ct = TestContext.Current.CancellationToken;
        using var host = new StoreHost(server.Url, new Dictionary<string, string?>
        {
            ["BatchSize"] = "200",
            ["MaxRetries"] = "3",
            ["RetryBaseDelay"] = "00:00:00.200",
            ["BreakDuration"] = "00:00:02",
        });
        await host.ClearDatabaseAsync(ct);
        await host.Store.InitializeAsync(ct);
        var records = Enumerable.Range(0, PaperCount)
            .Select(i => TestData.Record(TestData.Paper($"title:restart{i:D5}", $"Restart paper {i}", $"Abstract {i} of a paper ingested across a restart."), "restart.jsonl", i + 1))
            .ToList();

        var ingest = Task.Run(() => host.Store.UpsertPapersAsync(records, ct), ct);
        while (await CountPapersAsync(host, ct) == 0)
        {
            await Task.Delay(50, ct);
        }

        await scripts.StopAsync(ct);
        // Failed already (retries spent while the server went down) or still running: either way interrupted.
        var stoppedMidIngest = !ingest.IsCompletedSuccessfully;
        await scripts.StartAsync(ct);
        Exception? failure = null;
        try
        {
            await ingest;
        }
        catch (Exception exception) when (exception is Neo4jUnavailableException or Neo4jTransientException)
        {
            failure = exception; // failing clearly is allowed; the re-run must then complete
        }

        TestContext.Current.SendDiagnosticMessage(failure is null
            ? "The interrupted ingest completed through retries."
            : $"The interrupted ingest failed clearly: {failure.GetType().Name}: {failure.Message}");
        await Task.Delay(TimeSpan.FromSeconds(2), ct); // let an opened circuit half-open
        var rerun = await host.Store.UpsertPapersAsync(records, ct);

        Assert.True(stoppedMidIngest, "The server stopped only after the ingest had finished; the test proved nothing.");
        Assert.DoesNotContain(rerun, outcome => outcome.Result == UpsertResult.Updated);
        var stats = await host.Store.GetStatsAsync(ct);
        Assert.Equal(PaperCount, stats.Papers);
        var sources = await host.Store.GetSourcesAsync(records.Select(r => r.Paper.Id).ToList(), ct);
        Assert.Equal(PaperCount, sources.Count);
        Assert.All(sources.Values, list => Assert.Single(list));
        await host.ClearDatabaseAsync(ct);
    }

    private static async Task<long> CountPapersAsync(StoreHost host, CancellationToken ct) =>
        (await host.Client.RunAsync(new CypherStatement("MATCH (p:Paper) RETURN count(p)"), ct)).Rows[0].Int64(0);
}
