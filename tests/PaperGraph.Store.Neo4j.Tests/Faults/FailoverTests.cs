using System.Net;
using System.Net.Sockets;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Neo4j.Tests.Server;
using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Store.Neo4j.Tests.Faults;

/// <summary>
/// Several members (<c>Neo4j:Url</c> and <c>Neo4j:OtherUrls</c>): when the member in use cannot be reached, the retry
/// goes to the next one, which stays in use. The unreachable member is a loopback port nothing listens on; the next is
/// the real test Neo4j.
/// </summary>
public sealed class FailoverTests(Neo4jServer server)
{
    [Fact]
    public async Task Run_FirstMemberUnreachable_TheNextAnswersAndStaysInUse()
    {
        server.RequireReachable();
        var ct = TestContext.Current.CancellationToken;
        var settings = new Dictionary<string, string?> { ["OtherUrls:0"] = server.Url, ["RetryBaseDelay"] = "00:00:00.010" };
        using var host = new StoreHost($"http://127.0.0.1:{ClosedPort()}", settings);

        var first = await host.Client.RunAsync(new CypherStatement("RETURN 1"), ct);
        var second = await host.Client.RunAsync(new CypherStatement("RETURN 2"), ct);

        Assert.Equal((1L, 2L), (Assert.Single(first.Rows).Int64(0), Assert.Single(second.Rows).Int64(0)));
        Assert.Single(host.Logs.Messages, message => message.StartsWith("Retrying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_EveryMemberUnreachable_UnavailableNamingTheLastTried()
    {
        var ct = TestContext.Current.CancellationToken;
        var (a, b) = (ClosedPort(), ClosedPort());
        var settings = new Dictionary<string, string?> { ["OtherUrls:0"] = $"http://127.0.0.1:{b}", ["MaxRetries"] = "3", ["RetryBaseDelay"] = "00:00:00.010" };
        using var host = new StoreHost($"http://127.0.0.1:{a}", settings);

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => host.Client.RunAsync(new CypherStatement("RETURN 1"), ct));

        Assert.Contains("is unreachable", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, host.Logs.Messages.Count(message => message.StartsWith("Retrying", StringComparison.Ordinal)));
    }

    /// <summary>A loopback port that was free a moment ago: connecting to it is refused.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
