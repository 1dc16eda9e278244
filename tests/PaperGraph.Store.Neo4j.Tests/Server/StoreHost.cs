using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaperGraph.Store.Neo4j.Http;

namespace PaperGraph.Store.Neo4j.Tests.Server;

/// <summary>
/// The store as the product composes it (<see cref="Neo4jGraphStoreServiceCollectionExtensions.AddNeo4jGraphStore"/>),
/// with test settings, captured logs and, for fault tests, a fake HTTP edge; <c>tap</c> adds a handler
/// that sees every request to the real edge (the Cypher 5 lint test records statements with it).
/// </summary>
internal sealed class StoreHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public StoreHost(string url, IReadOnlyDictionary<string, string?>? settings = null, HttpMessageHandler? edge = null, Func<DelegatingHandler>? tap = null)
    {
        var values = new Dictionary<string, string?> { ["Neo4j:Url"] = url };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values["Neo4j:" + key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddNeo4jGraphStore();
        if (edge is not null)
        {
            // One fake for the host's lifetime: the factory must not rotate (and dispose) it.
            services.AddHttpClient(CypherClient.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => edge)
                .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        }

        if (tap is not null)
        {
            services.AddHttpClient(CypherClient.HttpClientName).AddHttpMessageHandler(tap);
        }

        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public CapturedLogs Logs { get; } = new();

    public Neo4jGraphStore Store => _provider.GetRequiredService<Neo4jGraphStore>();

    public CypherClient Client => _provider.GetRequiredService<CypherClient>();

    /// <summary>Empties the test server's database in slices, so a large leftover does not make one huge transaction.</summary>
    public async Task ClearDatabaseAsync(CancellationToken cancellationToken)
    {
        const string DeleteSlice = "MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*)";
        while ((await Client.RunAsync(new CypherStatement(DeleteSlice), cancellationToken)).Rows[0].Int64(0) > 0)
        {
        }
    }

    public void Dispose() => _provider.Dispose();
}
