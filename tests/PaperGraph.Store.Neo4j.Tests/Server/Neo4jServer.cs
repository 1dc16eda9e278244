namespace PaperGraph.Store.Neo4j.Tests.Server;

/// <summary>
/// Finds the test Neo4j once per run: <c>NEO4J_URL</c>, else the default port. When none answers, tests
/// skip with how to start one, except under <c>CI=true</c>, where a missing server is a failure.
/// </summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    private const string DefaultUrl = "http://127.0.0.1:7474";

    public string Url { get; } = Environment.GetEnvironmentVariable("NEO4J_URL") is { Length: > 0 } url ? url.TrimEnd('/') : DefaultUrl;

    public bool IsReachable { get; private set; }

    public async ValueTask InitializeAsync() => IsReachable = await ProbeAsync(Url, TestContext.Current.CancellationToken);

    /// <summary>Skips (or under CI fails) the calling test when no server answered.</summary>
    public void RequireReachable()
    {
        if (IsReachable)
        {
            return;
        }

        var reason = $"No Neo4j reachable at {Url}; run deploy/neo4j-test/start.sh";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
    }

    public static async Task<bool> ProbeAsync(string url, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(new Uri(url + "/"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
