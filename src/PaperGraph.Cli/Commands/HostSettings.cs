using PaperGraph.Api.Hosting;
using PaperGraph.Store.Neo4j;
using PaperGraph.Store.Sqlite;
using PaperGraph.Worker.Inbox;

namespace PaperGraph.Cli.Commands;

/// <summary>What <c>serve</c> and <c>worker</c> put into configuration from their command lines; it wins over appsettings.</summary>
internal static class HostSettings
{
    public static Dictionary<string, string?> For(StoreSelection store, string inbox) => new()
    {
        [StoreRegistration.ProviderKey] = store.Provider.ToString(),
        [$"{SqliteStoreOptions.SectionName}:{nameof(SqliteStoreOptions.DatabasePath)}"] = Path.GetFullPath(store.DatabasePath),
        [$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Url)}"] = store.Neo4jUrl,
        [$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.User)}"] = store.Neo4jUser,
        [$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Password)}"] = store.Neo4jPassword,
        [$"{InboxOptions.SectionName}:{nameof(InboxOptions.Inbox)}"] = Path.GetFullPath(inbox),
    };
}
