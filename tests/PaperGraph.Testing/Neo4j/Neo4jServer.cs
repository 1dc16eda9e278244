namespace PaperGraph.Testing.Neo4j;

/// <summary>
/// Finds the test Neo4j once per run: the one <c>NEO4J_URL</c> names, else the one <c>deploy/neo4j-test/start.sh</c>
/// starts or already runs from its own install (installed once from npm), so plain <c>dotnet test</c> needs no extra
/// step. Never whatever happens to answer on a port: the tests empty the server they use, so a server that neither
/// <c>NEO4J_URL</c> names nor start.sh started is refused (<see cref="MayUse"/>). When none is usable, tests skip
/// with the reason, except under <c>CI=true</c>, where that is a failure.
/// Holds a <see cref="ServerLock"/> while in use, so test projects sharing the server take turns.
/// </summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    private static readonly string? ConfiguredUrl = Environment.GetEnvironmentVariable("NEO4J_URL") is { Length: > 0 } url ? url.TrimEnd('/') : null;

    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(15);

    private string? _unavailableReason;
    private ServerLock? _lock;

    /// <summary>The server's URL once initialised; empty when none is usable.</summary>
    public string Url { get; private set; } = ConfiguredUrl ?? "";

    public bool IsReachable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        if (ConfiguredUrl is not null)
        {
            IsReachable = await ProbeAsync(Url, cancellationToken);
            _unavailableReason = IsReachable ? null : $"No Neo4j reachable at {Url} (NEO4J_URL).";
        }
        else
        {
            var scripts = DeployScripts.Find();
            var (started, output) = await scripts.TryStartAsync(cancellationToken);
            Url = started?.TrimEnd('/') ?? "";
            if (started is null)
            {
                _unavailableReason = $"NEO4J_URL is unset and deploy/neo4j-test/start.sh could not start a Neo4j: {string.Join(" | ", output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(3))}";
            }
            else if (!MayUse(Url, namedByUser: false, scripts))
            {
                _unavailableReason = $"start.sh printed {Url}, but its install does not listen there; refusing to empty a server it did not start.";
            }
            else
            {
                IsReachable = await ProbeAsync(Url, cancellationToken);
                _unavailableReason = IsReachable ? null : $"The Neo4j that start.sh reported at {Url} does not answer.";
            }
        }

        if (IsReachable)
        {
            _lock = await ServerLock.AcquireAsync(Url, LockWait, cancellationToken);
            IsReachable = _lock is not null;
            _unavailableReason = IsReachable ? null : $"The Neo4j at {Url} stayed in use by another test run for {LockWait}.";
        }
    }

    /// <summary>
    /// Whether the tests may use, and so empty, the server at <paramref name="url"/>: one the user named
    /// (<c>NEO4J_URL</c>), or one on the port that deploy/neo4j-test's own install is configured for.
    /// </summary>
    public static bool MayUse(string url, bool namedByUser, DeployScripts scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        return namedByUser || scripts.ManagesServerAt(url);
    }

    /// <summary>Skips (or under CI fails) the calling test when no server answered.</summary>
    public void RequireReachable()
    {
        if (IsReachable)
        {
            return;
        }

        var reason = _unavailableReason ?? $"No Neo4j reachable at {Url}.";
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

    /// <summary>
    /// Empties the server's database in slices (so a large leftover is not one huge transaction), through the
    /// plain HTTP API so a test project needs no store internals: 3.x's endpoint, else 4.x/5.x's default database.
    /// </summary>
    public async Task ClearDatabaseAsync(CancellationToken cancellationToken)
    {
        // Only a server InitializeAsync accepted (named, or start.sh's own) is ever emptied.
        if (!IsReachable)
        {
            throw new InvalidOperationException(_unavailableReason ?? "No usable test Neo4j.");
        }

        await Neo4jDatabase.ClearAsync(Url, cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _lock?.Dispose();
        return ValueTask.CompletedTask;
    }
}
