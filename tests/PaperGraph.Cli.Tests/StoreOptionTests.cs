namespace PaperGraph.Cli.Tests;

public sealed class StoreOptionTests
{
    [Theory]
    [InlineData("--store neo4j --neo4j-url ftp://127.0.0.1:7474", "--neo4j-url must be an absolute http:// or https:// URL; got 'ftp://127.0.0.1:7474'.")]
    [InlineData("--store neo4j --neo4j-url not-a-url", "--neo4j-url must be an absolute http:// or https:// URL; got 'not-a-url'.")]
    [InlineData("--neo4j-url http://127.0.0.1:7474", "--neo4j-url applies only with --store neo4j.")]
    [InlineData("--neo4j-user neo4j", "--neo4j-user applies only with --store neo4j.")]
    [InlineData("--store neo4j --neo4j-url http://127.0.0.1:7474 --db x.db", "--db applies to --store sqlite; with --store neo4j the data lives on the server named by --neo4j-url.")]
    [InlineData("--store neo4j --neo4j-url http://127.0.0.1:7474 --neo4j-user neo4j --neo4j-password", "Required argument missing for option: '--neo4j-password'.")]
    [InlineData("--store mysql", "Argument 'mysql' not recognized. Must be one of:")]
    public async Task Stats_BadStoreOptions_ExitsTwoNamingTheProblem(string options, string expected)
    {
        var (exitCode, _, error) = await CliRun.RunAsync(["stats", .. options.Split(' ')]);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_Neo4jUserWithoutPassword_ExitsTwoNamingThePassword()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_PASSWORD") is { Length: > 0 })
        {
            Assert.Skip("NEO4J_PASSWORD is set, so a user alone is complete.");
        }

        var (exitCode, _, error) = await CliRun.RunAsync(["stats", "--store", "neo4j", "--neo4j-url", "http://127.0.0.1:7474", "--neo4j-user", "neo4j"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("--neo4j-user needs --neo4j-password (or NEO4J_PASSWORD).", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_Neo4jNobodyListensAt_ExitsOneNamingUrlAndStatus()
    {
        var url = $"http://127.0.0.1:{UnusedPort()}";

        var (exitCode, output, error) = await CliRun.RunAsync(["stats", "--store", "neo4j", "--neo4j-url", url]);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"Cannot open the Neo4j store at {url}: Neo4j at {url}/ is unreachable (ConnectionError).", error.Trim());
    }

    private static int UnusedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port; // closed again before the CLI connects
    }
}
