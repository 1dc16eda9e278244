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

    [Fact]
    public async Task Stats_Neo4jUrlWithPasswordAtAServerThatIsNotNeo4j_ExitsOneWithoutThePassword()
    {
        // A real web server, not Neo4j: its HTML fails discovery, whose message names the URL it asked.
        var port = UnusedPort();
        using var web = new System.Net.HttpListener();
        web.Prefixes.Add($"http://127.0.0.1:{port}/");
        web.Start();
        _ = AnswerHtmlAsync(web);

        var (exitCode, _, error) = await CliRun.RunAsync(["stats", "--store", "neo4j", "--neo4j-url", $"http://neo4j:s3cret@127.0.0.1:{port}"]);

        Assert.Equal(1, exitCode);
        Assert.Equal($"Cannot open the Neo4j store at http://***@127.0.0.1:{port}: The server at http://***@127.0.0.1:{port}/ did not answer with JSON; is it Neo4j?", error.Trim());
    }

    private static async Task AnswerHtmlAsync(System.Net.HttpListener web)
    {
        while (web.IsListening)
        {
            System.Net.HttpListenerContext request;
            try
            {
                request = await web.GetContextAsync();
            }
            catch (System.Net.HttpListenerException)
            {
                return; // stopped at the end of the test
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            request.Response.ContentType = "text/html";
            await request.Response.OutputStream.WriteAsync("<html><body>Not Neo4j</body></html>"u8.ToArray());
            request.Response.Close();
        }
    }

    private static int UnusedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port; // closed again before the CLI connects
    }
}
