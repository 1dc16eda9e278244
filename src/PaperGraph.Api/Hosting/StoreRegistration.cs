namespace PaperGraph.Api.Hosting;

/// <summary>Picks the graph store by <c>Store:Provider</c> (<c>Sqlite</c>, the default, or <c>Neo4j</c>).</summary>
internal static class StoreRegistration
{
    public const string ProviderKey = "Store:Provider";

    public static IServiceCollection AddPaperGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration[ProviderKey] ?? "Sqlite";
        switch (provider.ToLowerInvariant())
        {
            case "sqlite":
                // SEAM: replaced by the SQLite store's registration once h/sqlite is merged.
                throw new InvalidOperationException("The SQLite store is not in this build yet.");
            case "neo4j":
                // SEAM: the Neo4j store (branch h/neo4j) registers here once merged.
                throw new InvalidOperationException($"{ProviderKey} = Neo4j: the Neo4j store is not in this build yet.");
            default:
                throw new InvalidOperationException($"{ProviderKey} must be Sqlite or Neo4j; got '{provider}'.");
        }
#pragma warning disable CS0162 // reached once a provider registers
        services.AddHostedService<StoreInitializer>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        return services;
#pragma warning restore CS0162
    }
}
