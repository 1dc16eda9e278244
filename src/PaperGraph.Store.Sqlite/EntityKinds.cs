using PaperGraph.Core.Graph;

namespace PaperGraph.Store.Sqlite;

/// <summary>Entity kinds as the <c>kind</c> column holds them: lower-case names.</summary>
internal static class EntityKinds
{
    public static string ToColumn(EntityKind kind) => kind.ToString().ToLowerInvariant();

    public static EntityKind FromColumn(string value) => Enum.Parse<EntityKind>(value, ignoreCase: true);
}
