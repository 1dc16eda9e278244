using System.Text.Json.Nodes;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Reconciliation;

/// <summary>
/// Autocomplete for OpenRefine's suggest protocol: entities by name or alias prefix (the store's entity
/// search; papers by full-text search when <c>type=paper</c>), types and properties by a word of their name
/// or id. <c>cursor</c> is an offset, as the protocol has it; at most <see cref="MaxResults"/> per answer.
/// </summary>
internal sealed class SuggestService(IGraphStore store)
{
    public const int MaxResults = 25;
    public const int MaxCursor = 500;

    public async Task<JsonObject> EntitiesAsync(string prefix, string? type, int cursor, CancellationToken cancellationToken)
    {
        var reconcileType = type is null ? null : ReconcileType.Find(type) ?? throw new InvalidReconciliationRequestException($"Unknown type '{type}'.");
        var results = new JsonArray();
        if (prefix.Trim().Length == 0)
        {
            return new JsonObject { ["result"] = results };
        }

        var wanted = Math.Min(cursor, MaxCursor) + MaxResults;
        if (reconcileType is { IsPaper: true })
        {
            var page = await store.QueryPapersAsync(new PaperQuery(new PaperFilter { Search = prefix }, PaperOrder.Relevance, wanted), cancellationToken);
            foreach (var paper in page.Items.Skip(cursor).Select(i => i.Node))
            {
                results.Add(Item(paper.Id, paper.Title, PaperMatcher.Describe(paper), reconcileType));
            }
        }
        else
        {
            var page = await store.QueryEntitiesAsync(new EntityQuery(prefix.Trim(), reconcileType?.Kind, wanted), cancellationToken);
            foreach (var entity in page.Items.Skip(cursor).Select(i => i.Node))
            {
                results.Add(Item(entity.Id, entity.Name, entity.Description, ReconcileType.Of(entity.Kind)));
            }
        }

        return new JsonObject { ["result"] = results };
    }

    public static JsonObject Types(string prefix) => new()
    {
        ["result"] = new JsonArray([.. ReconcileType.All
            .Where(t => Matches(prefix, t.Id, t.Name))
            .Select(t => (JsonNode)new JsonObject { ["id"] = t.Id, ["name"] = t.Name, ["description"] = t.Description })]),
    };

    public static JsonObject Properties(string prefix) => new()
    {
        ["result"] = new JsonArray([.. ReconcileProperty.All
            .Where(p => Matches(prefix, p.Id, p.Name))
            .Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["name"] = p.Name, ["description"] = p.Description })]),
    };

    private static JsonNode Item(string id, string name, string? description, ReconcileType type)
    {
        var item = new JsonObject { ["id"] = id, ["name"] = name, ["notable"] = new JsonArray(ReconciliationJson.Type(type)) };
        if (!string.IsNullOrEmpty(description))
        {
            item["description"] = description;
        }

        return item;
    }

    private static bool Matches(string prefix, string id, string name) =>
        prefix.Length == 0
        || id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        || name.Split(' ').Any(word => word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        || name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
