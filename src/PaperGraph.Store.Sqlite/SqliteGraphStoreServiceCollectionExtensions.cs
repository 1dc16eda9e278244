using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Sqlite;

public static class SqliteGraphStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SqliteGraphStore"/> as the singleton <see cref="IGraphStore"/>, with options from
    /// the <c>Sqlite</c> section (validated at start-up) and an optional override, e.g. a path from the command line.
    /// </summary>
    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services, Action<SqliteOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SqliteOptions>()
            .BindConfiguration(SqliteOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddSingleton(provider => new SqliteGraphStore(
            provider.GetRequiredService<IOptions<SqliteOptions>>().Value,
            provider.GetRequiredService<ILogger<SqliteGraphStore>>()));
        services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<SqliteGraphStore>());
        return services;
    }
}
