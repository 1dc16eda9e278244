using PaperGraph.Store.Neo4j;
using PaperGraph.Store.Sqlite;

namespace PaperGraph.Api.Hosting;

/// <summary>Picks the graph store by <c>Store:Provider</c> (<c>Sqlite</c>, the default, or <c>Neo4j</c>); the API sees only <c>IGraphStore</c>.</summary>
internal static class StoreRegistration
{
    public const string ProviderKey = "Store:Provider";

    public static IServiceCollection AddPaperGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration[ProviderKey] ?? "Sqlite";
        _ = provider.ToLowerInvariant() switch
        {
            "sqlite" => services.AddSqliteGraphStore(),
            "neo4j" => services.AddNeo4jGraphStore(),
            _ => throw new InvalidOperationException($"{ProviderKey} must be Sqlite or Neo4j; got '{provider}'."),
        };
        services.AddHostedService<StoreInitializer>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        return services;
    }
}
