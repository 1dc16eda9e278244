using PaperGraph.Api.Hosting;
using PaperGraph.Store.Neo4j;
using PaperGraph.Store.Sqlite;
using PaperGraph.Worker.Inbox;

namespace PaperGraph.Cli.Commands;

/// <summary>What <c>serve</c> and <c>worker</c> put into configuration from their command lines; it wins over appsettings.</summary>
internal static class HostSettings
{
    public static Dictionary<string, string?> For(string store, string databasePath, string? neo4jUrl, string inbox) => new()
    {
        [StoreRegistration.ProviderKey] = store,
        [$"{SqliteStoreOptions.SectionName}:{nameof(SqliteStoreOptions.DatabasePath)}"] = Path.GetFullPath(databasePath),
        [$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Url)}"] = neo4jUrl,
        [$"{InboxOptions.SectionName}:{nameof(InboxOptions.Inbox)}"] = Path.GetFullPath(inbox),
    };
}
