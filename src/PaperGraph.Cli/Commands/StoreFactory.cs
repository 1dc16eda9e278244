using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Linking;
using PaperGraph.Ingestion;
using PaperGraph.Store.Neo4j.Http;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// The one place a one-shot command gets its store: the SQLite file or the Neo4j server that
/// <see cref="StoreOptions"/> selected, composed by <see cref="IngestionRuntimeServiceCollectionExtensions.AddIngestionRuntime"/>
/// exactly as the API and the worker compose it (options validation, HTTP client, retries, linker), and
/// initialised before the command sees it.
/// </summary>
/// <param name="catalog">The catalog's dictionary, built on first use and shared by every command of the process.</param>
internal sealed class StoreFactory(ILoggerFactory loggers, TimeProvider time, Lazy<LinkerDictionary> catalog)
{
    public async Task<OpenStore> OpenAsync(StoreSelection selection, CancellationToken cancellationToken)
    {
        // Environment variables (e.g. WriterLease__WaitTimeout) as serve and worker read them; the command line wins.
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(HostSettings.ForStore(selection)).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(loggers)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddSingleton(time)
            .AddSingleton(_ => catalog.Value)
            .AddIngestionRuntime(configuration);
        var open = new OpenStore(services.BuildServiceProvider());
        try
        {
            await open.Store.InitializeAsync(cancellationToken);
            return open;
        }
        catch (OptionsValidationException exception)
        {
            await open.DisposeAsync();
            throw new StoreUnavailableException($"Invalid {selection.Provider} settings: {string.Join(" ", exception.Failures)}", exception);
        }
        catch (Exception exception) when (exception is Neo4jUnavailableException or Neo4jTransientException or Neo4jQueryException or Neo4jTransactionTimeoutException)
        {
            await open.DisposeAsync();
            throw new StoreUnavailableException($"Cannot open the Neo4j store at {PaperGraph.Core.Text.RedactedUrl.Of(selection.Neo4jUrl)}: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException && selection.Provider != StoreProvider.Neo4j)
        {
            // The database's folder could not be made (a path under a file, /proc, no permission): one line, not a stack.
            await open.DisposeAsync();
            throw new StoreUnavailableException($"Cannot open the SQLite database: {exception.Message}", exception);
        }
        catch
        {
            await open.DisposeAsync();
            throw;
        }
    }
}
