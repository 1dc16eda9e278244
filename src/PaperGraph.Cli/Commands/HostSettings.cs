using PaperGraph.Ingestion.Inbox;
using PaperGraph.Ingestion.Storage;
using PaperGraph.Store.Neo4j;
using PaperGraph.Store.Sqlite;

namespace PaperGraph.Cli.Commands;

/// <summary>What the commands put into configuration from their command lines; it wins over appsettings.</summary>
internal static class HostSettings
{
    /// <summary>The store a command run asked for, as the settings <see cref="GraphStoreServiceCollectionExtensions.AddGraphStore"/> reads.</summary>
    public static Dictionary<string, string?> ForStore(StoreSelection store) => new()
    {
        [GraphStoreServiceCollectionExtensions.ProviderKey] = store.Provider.ToString(),
        [$"{SqliteOptions.SectionName}:{nameof(SqliteOptions.DatabasePath)}"] = Path.GetFullPath(store.DatabasePath),
        [$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Url)}"] = store.Neo4jUrl,
        [$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.User)}"] = store.Neo4jUser,
        [$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Password)}"] = store.Neo4jPassword,
    };

    /// <summary>The store and the inbox, for <c>serve</c> and <c>worker</c>.</summary>
    public static Dictionary<string, string?> For(StoreSelection store, string inbox) => new(ForStore(store))
    {
        [$"{InboxOptions.SectionName}:{nameof(InboxOptions.Inbox)}"] = Path.GetFullPath(inbox),
    };
}
