using Microsoft.Extensions.Logging;
using PaperGraph.Store.Sqlite;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// The one place the CLI creates a store. Only SQLite today; a <c>--store sqlite|neo4j</c> option will
/// choose here.
/// </summary>
internal sealed class StoreFactory(ILoggerFactory loggers)
{
    public async Task<OpenStore> OpenAsync(string databasePath, CancellationToken cancellationToken)
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = databasePath }, loggers.CreateLogger<SqliteGraphStore>());
        try
        {
            await store.InitializeAsync(cancellationToken);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }

        return new OpenStore(store);
    }
}
