namespace PaperGraph.Testing.Neo4j;

/// <summary>
/// Finds the test Neo4j once per run: <c>NEO4J_URL</c>, else the default port, else it starts one with
/// <c>deploy/neo4j-test/start.sh</c> (installed once from npm), so plain <c>dotnet test</c> needs no extra
/// step. When none answers, tests skip with the reason, except under <c>CI=true</c>, where that is a failure.
/// </summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    private const string DefaultUrl = "http://127.0.0.1:7474";

    private static readonly string? ConfiguredUrl = Environment.GetEnvironmentVariable("NEO4J_URL") is { Length: > 0 } url ? url.TrimEnd('/') : null;

    private string? _startFailure;

    public string Url { get; private set; } = ConfiguredUrl ?? DefaultUrl;

    public bool IsReachable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        IsReachable = await ProbeAsync(Url, cancellationToken);
        if (IsReachable || ConfiguredUrl is not null)
        {
            return;
        }

        var (started, output) = await DeployScripts.Find().TryStartAsync(cancellationToken);
        if (started is not null)
        {
            Url = started.TrimEnd('/');
            IsReachable = await ProbeAsync(Url, cancellationToken);
        }

        _startFailure = IsReachable ? null : string.Join(" | ", output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(3));
    }

    /// <summary>Skips (or under CI fails) the calling test when no server answered.</summary>
    public void RequireReachable()
    {
        if (IsReachable)
        {
            return;
        }

        var reason = $"No Neo4j reachable at {Url}, and deploy/neo4j-test/start.sh could not start one: {_startFailure}";
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
