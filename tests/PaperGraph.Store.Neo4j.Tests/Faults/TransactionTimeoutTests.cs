using System.Diagnostics;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Neo4j.Tests.Cypher5;
using PaperGraph.Store.Neo4j.Tests.Server;
using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Store.Neo4j.Tests.Faults;

/// <summary>
/// A read that runs past Neo4j's own transaction timeout ends as one typed error soon after the limit: not a wait for the
/// client's 60 s request timeout, not a retry of the same slow statement, and the server answers the next call.
/// </summary>
public sealed class TransactionTimeoutTests(TimeoutNeo4jServer server) : IClassFixture<TimeoutNeo4jServer>
{
    private const string CreateNodes = "UNWIND range(1, $count) AS i CREATE (:Slow {i: i})";

    // 500³ rows: minutes of work, every row a read the server's guard checks against the timeout.
    private const string SlowRead = "MATCH (a:Slow), (b:Slow), (c:Slow) WHERE a.i + b.i + c.i = -1 RETURN count(*)";

    [Fact]
    public async Task Run_ReadPastTheServersTransactionTimeout_ThrowsTimeoutOnceSoonAfterTheLimit()
    {
        server.RequireStarted();
        var ct = TestContext.Current.CancellationToken;
        var recorder = new StatementRecorder();
        using var host = new StoreHost(server.Url, tap: recorder.Tap); // the product's retries and request timeout
        await SetUpAsync(host.Client, ct);

        var watch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<Neo4jTransactionTimeoutException>(() => host.Client.RunAsync(new CypherStatement(SlowRead), ct));
        watch.Stop();

        Assert.InRange(watch.Elapsed, server.Timeout * 0.9, TimeSpan.FromSeconds(15));
        Assert.StartsWith("Neo4j stopped the transaction at its time limit, dbms.transaction.timeout", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Overtime", error.Message, StringComparison.Ordinal); // the server's own text stays in the log
        Assert.Single(recorder.Sent, sent => sent.Statement == SlowRead);
        Assert.DoesNotContain(host.Logs.Messages, message => message.StartsWith("Retrying", StringComparison.Ordinal));
        Assert.Equal(500, (await host.Client.RunAsync(new CypherStatement("MATCH (n:Slow) RETURN count(n)"), ct)).Rows[0].Int64(0));
    }

    // The setup runs under the same short server-wide limit (3.1 has no per-transaction one), and on a loaded machine
    // a cold server's first statements can pass it; a timed-out transaction is rolled back, so the setup is run again.
    private static async Task SetUpAsync(CypherClient client, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await client.RunAsync(
                    [new CypherStatement("MATCH (n) DETACH DELETE n"), new CypherStatement(CreateNodes, new { count = 500 })],
                    ct);
                return;
            }
            catch (Neo4jTransactionTimeoutException) when (attempt < 5)
            {
            }
        }
    }
}
