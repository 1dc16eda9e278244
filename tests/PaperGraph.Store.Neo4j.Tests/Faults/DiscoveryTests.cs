using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Neo4j.Tests.Server;

namespace PaperGraph.Store.Neo4j.Tests.Faults;

/// <summary>Finding the transaction endpoint from the root document of each server family.</summary>
public sealed class DiscoveryTests
{
    private const string Url = "http://127.0.0.1:7999";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetEndpoint_Neo4j3RootDocument_UsesDbDataTransactionCommit()
    {
        using var host = new StoreHost(Url, edge: new FakeNeo4jEdge(FakeNeo4jEdge.Root3x));

        var endpoint = await host.Client.GetEndpointAsync(Ct);

        Assert.Equal(new Uri("http://127.0.0.1:7999/db/data/transaction/commit"), endpoint.CommitUri);
        Assert.Equal((3, "3x"), (endpoint.MajorVersion, endpoint.SchemaFamily));
    }

    [Theory]
    [InlineData(FakeNeo4jEdge.Root5x, 5)]
    [InlineData(FakeNeo4jEdge.Root44, 4)]
    public async Task GetEndpoint_Neo4j4And5RootDocument_FillsTheDatabaseIntoTheTemplate(string root, int major)
    {
        using var host = new StoreHost(Url, new Dictionary<string, string?> { ["Database"] = "papers" }, new FakeNeo4jEdge(root));

        var endpoint = await host.Client.GetEndpointAsync(Ct);

        // The advertised host ("neo4j", "localhost") is ignored: only the path is taken.
        Assert.Equal(new Uri("http://127.0.0.1:7999/db/papers/tx/commit"), endpoint.CommitUri);
        Assert.Equal((major, "4x-5x"), (endpoint.MajorVersion, endpoint.SchemaFamily));
    }

    [Fact]
    public async Task InitializeAsync_Neo4j5_AppliesTheIfNotExistsDdlBeforeAnyWrite()
    {
        var edge = new FakeNeo4jEdge(FakeNeo4jEdge.Root5x);
        using var host = new StoreHost(Url, edge: edge);

        await host.Store.InitializeAsync(Ct);
        await host.Store.UpsertPapersAsync([Testing.Contract.TestData.Record(Testing.Contract.TestData.Paper("title:x"))], Ct);

        var statements = edge.Commits.Select(commit => JsonDocument.Parse(commit.Body).RootElement.GetProperty("statements")[0].GetProperty("statement").GetString()!).ToList();
        // DDL first, then the search statistics check and the word index's form, then the upsert's stored-dates read and its write.
        Assert.All(statements.Take(statements.Count - 4), statement => Assert.Contains("IF NOT EXISTS", statement, StringComparison.Ordinal));
        Assert.Contains("RETURN count(s)", statements[^4], StringComparison.Ordinal);
        Assert.Contains("RETURN s.wordIndex", statements[^3], StringComparison.Ordinal);
        Assert.StartsWith("UNWIND $ids", statements[^2], StringComparison.Ordinal);
        Assert.Contains(statements, statement => statement.StartsWith("CREATE FULLTEXT INDEX paper_text", StringComparison.Ordinal));
        Assert.Contains("MERGE", statements[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEndpoint_Unauthorized_ThrowsUnavailableNamingUrlAndStatus()
    {
        using var host = new StoreHost(Url, edge: new FakeNeo4jEdge(FakeNeo4jEdge.Root5x) { DiscoveryStatus = HttpStatusCode.Unauthorized });

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => host.Client.GetEndpointAsync(Ct));

        Assert.Contains("http://127.0.0.1:7999/", error.Message, StringComparison.Ordinal);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_NothingListening_ThrowsUnavailableNamingTheUrl()
    {
        var url = $"http://127.0.0.1:{ClosedPort()}";
        using var host = new StoreHost(url, new Dictionary<string, string?> { ["MaxRetries"] = "1", ["RetryBaseDelay"] = "00:00:00.010" });

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => host.Store.InitializeAsync(Ct));

        Assert.Contains(url, error.Message, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
