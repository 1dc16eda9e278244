using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaperGraph.Core.Storage;
using PaperGraph.Core.Telemetry;
using PaperGraph.Store.Neo4j;
using PaperGraph.Store.Sqlite;

namespace PaperGraph.Ingestion.Storage;

/// <summary>Picks the graph store by <c>Store:Provider</c> (<c>Sqlite</c>, the default, or <c>Neo4j</c>); everything else sees only <see cref="IGraphStore"/>.</summary>
public static class GraphStoreServiceCollectionExtensions
{
    public const string ProviderKey = "Store:Provider";

    /// <summary>Registers the chosen store as the singleton <see cref="IGraphStore"/>, migrated when a host starts.</summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration[ProviderKey] ?? "Sqlite";
        _ = provider.ToLowerInvariant() switch
        {
            "sqlite" => services.AddSqliteGraphStore().AddInstrumented<SqliteGraphStore>("sqlite"),
            "neo4j" => services.AddNeo4jGraphStore().AddInstrumented<Neo4jGraphStore>("neo4j"),
            _ => throw new InvalidOperationException($"{ProviderKey} must be Sqlite or Neo4j; got '{provider}'."),
        };
        services.AddHostedService<StoreInitializer>();
        return services;
    }

    /// <summary>Everyone asking for <see cref="IGraphStore"/> gets the store behind <see cref="InstrumentedGraphStore"/>; the last registration wins.</summary>
    private static IServiceCollection AddInstrumented<TStore>(this IServiceCollection services, string name)
        where TStore : class, IGraphStore
    {
        services.TryAddSingleton<PaperGraphTelemetry>();
        return services.AddSingleton<IGraphStore>(provider => new InstrumentedGraphStore(
            provider.GetRequiredService<TStore>(), name, provider.GetRequiredService<PaperGraphTelemetry>()));
    }
}
