using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Sqlite;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// The one place the CLI creates a store: the SQLite file or the Neo4j server that <see cref="StoreOptions"/>
/// selected, initialised before a command sees it. A Neo4j store is composed exactly as the API composes it
/// (<see cref="Neo4jGraphStoreRegistration.AddNeo4jGraphStore"/>: options validation, HTTP client, retries).
/// </summary>
internal sealed class StoreFactory(ILoggerFactory loggers)
{
    public async Task<OpenStore> OpenAsync(StoreSelection selection, CancellationToken cancellationToken) =>
        selection.Provider == StoreProvider.Neo4j
            ? await OpenNeo4jAsync(selection, cancellationToken)
            : await InitializeAsync(
                new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = selection.DatabasePath }, loggers.CreateLogger<SqliteGraphStore>()),
                owner: null,
                cancellationToken);

    private async Task<OpenStore> OpenNeo4jAsync(StoreSelection selection, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Url)}"] = selection.Neo4jUrl,
            [$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.User)}"] = selection.Neo4jUser,
            [$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Password)}"] = selection.Neo4jPassword,
        };
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton(loggers)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddNeo4jGraphStore();
        var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value; // what ValidateOnStart does in a host
            return await InitializeAsync(provider.GetRequiredService<IGraphStore>(), provider, cancellationToken);
        }
        catch (OptionsValidationException exception)
        {
            await provider.DisposeAsync();
            throw new StoreUnavailableException($"Invalid Neo4j settings: {string.Join(" ", exception.Failures)}", exception);
        }
        catch (Exception exception) when (exception is Neo4jUnavailableException or Neo4jTransientException or Neo4jQueryException)
        {
            await provider.DisposeAsync();
            throw new StoreUnavailableException($"Cannot open the Neo4j store at {selection.Neo4jUrl}: {exception.Message}", exception);
        }
    }

    private static async Task<OpenStore> InitializeAsync(IGraphStore store, IAsyncDisposable? owner, CancellationToken cancellationToken)
    {
        var open = new OpenStore(store, owner);
        try
        {
            await store.InitializeAsync(cancellationToken);
        }
        catch
        {
            await open.DisposeAsync();
            throw;
        }

        return open;
    }
}
