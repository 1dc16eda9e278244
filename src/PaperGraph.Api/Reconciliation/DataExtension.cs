using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Reconciliation;

/// <summary>
/// Data extension (0.2): <c>extend={"ids": […], "properties": [{"id", "settings"}]}</c> answers
/// <c>{"meta": […], "rows": {id: {property: [value…]}}}</c>. Entities have kind, aliases, description,
/// introduced by (papers), number of papers, first year seen and co-mentioned entities; papers have title, arXiv
/// id, authors, date, year, mentions, introduces and builds-on. A property that does not apply to an id is empty.
/// </summary>
internal sealed class DataExtension(IGraphStore store, ReconciliationOptions options)
{
    public const int DefaultListLimit = 10;

    public async Task<JsonObject> ExtendAsync(string json, CancellationToken cancellationToken)
    {
        var (ids, properties) = Parse(json);
        var papers = await store.GetPapersAsync(ids, cancellationToken);
        var entityIds = ids.Where(id => !papers.ContainsKey(id)).ToList();
        var entities = entityIds.Count == 0 ? new Dictionary<string, Entity>() : await store.GetEntitiesAsync(entityIds, cancellationToken);
        var values = new ExtensionValues(store, papers, entities);

        var rows = new JsonObject();
        foreach (var id in ids)
        {
            var row = new JsonObject();
            foreach (var (property, limit) in properties)
            {
                row[property.Id] = new JsonArray([.. await values.GetAsync(id, property.Id, limit, cancellationToken)]);
            }

            rows[id] = row;
        }

        return new JsonObject
        {
            ["meta"] = new JsonArray([.. properties.Select(p => (JsonNode)Meta(p.Property))]),
            ["rows"] = rows,
        };
    }

    /// <summary>Properties offered for a type (<c>GET /reconcile/properties?type=…</c>).</summary>
    public static JsonObject Propose(string? type, int? limit)
    {
        var reconcileType = type is null ? null : ReconcileType.Find(type) ?? throw new InvalidReconciliationRequestException($"Unknown type '{type}'.");
        var offered = ReconcileProperty.All.Where(p => p.Id != "year" && (reconcileType is null || p.ForPapers == reconcileType.IsPaper));
        if (limit is > 0)
        {
            offered = offered.Take(limit.Value);
        }

        var answer = new JsonObject { ["properties"] = new JsonArray([.. offered.Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["name"] = p.Name, ["description"] = p.Description })]) };
        if (reconcileType is not null)
        {
            answer["type"] = reconcileType.Id;
        }

        if (limit is > 0)
        {
            answer["limit"] = limit.Value;
        }

        return answer;
    }

    private static JsonObject Meta(ReconcileProperty property)
    {
        var meta = new JsonObject { ["id"] = property.Id, ["name"] = property.Name };
        if (property.Id is "introducedBy" or "buildsOn")
        {
            meta["type"] = ReconciliationJson.Type(ReconcileType.Find(ReconcileType.PaperId)!);
        }

        return meta;
    }

    private (List<string> Ids, List<(ReconcileProperty Property, int Limit)> Properties) Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new InvalidReconciliationRequestException($"'extend' is not JSON: {exception.Message}");
        }

        if (root is not JsonObject obj || obj["ids"] is not JsonArray idList || obj["properties"] is not JsonArray propertyList)
        {
            throw new InvalidReconciliationRequestException("'extend' is {\"ids\": [string…], \"properties\": [{\"id\": string}…]}.");
        }

        if (idList.Count > options.MaxBatch)
        {
            throw new InvalidReconciliationRequestException(string.Create(CultureInfo.InvariantCulture, $"'extend' has {idList.Count} ids; at most {options.MaxBatch} are allowed."), StatusCodes.Status413PayloadTooLarge);
        }

        var ids = idList.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new InvalidReconciliationRequestException("Every id in 'extend' is a string.")).Distinct().ToList();
        var properties = new List<(ReconcileProperty, int)>();
        foreach (var node in propertyList)
        {
            var id = node?["id"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new InvalidReconciliationRequestException("Every property in 'extend' has a string 'id'.");
            var property = ReconcileProperty.Find(id) ?? throw new InvalidReconciliationRequestException($"Unknown property '{id}' (known: {string.Join(", ", ReconcileProperty.All.Select(p => p.Id))}).");
            var limit = node?["settings"]?["limit"] is JsonValue l && (l.TryGetValue<int>(out var n) || (l.TryGetValue<string>(out var t) && int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out n))) ? Math.Clamp(n, 1, 100) : DefaultListLimit;
            properties.Add((property, limit));
        }

        return (ids, properties);
    }
}
