using System.Globalization;
using System.Text.Json;

namespace PaperGraph.Api.Reconciliation;

/// <summary>
/// Reads a query batch in the 0.2 dialect OpenRefine 3.x sends (<c>{"q0": {"query", "type", "limit",
/// "properties": [{"pid", "v"}], "type_strict"}}</c>) or the 1.0 draft's (<c>{"queries": [{"type", "limit",
/// "conditions": [{"matchType", "propertyId", "propertyValue"}]}]}</c>), checked as the specifications' JSON
/// Schemas check them. Anything else, an unknown type or too many queries is refused with a message naming the query.
/// </summary>
internal sealed partial class QueryBatchParser(ReconciliationOptions options)
{
    private static readonly HashSet<string> Fields02 = ["query", "type", "limit", "properties", "type_strict"];

    /// <summary>Parses a batch; <paramref name="draft"/> tells which dialect it was.</summary>
    public IReadOnlyList<ReconciliationQuery> Parse(string json, out bool draft)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new InvalidReconciliationRequestException($"'queries' is not JSON: {exception.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidReconciliationRequestException("A query batch is a JSON object: {\"q0\": {\"query\": \"…\"}} (0.2) or {\"queries\": [ … ]} (1.0 draft).");
            }

            draft = root.TryGetProperty("queries", out var list) && list.ValueKind == JsonValueKind.Array;
            return draft ? ParseDraft(list) : Parse02(root);
        }
    }

    private List<ReconciliationQuery> Parse02(JsonElement root)
    {
        CheckCount(root.EnumerateObject().Count());
        var queries = new List<ReconciliationQuery>();
        foreach (var entry in root.EnumerateObject())
        {
            var key = entry.Name;
            var q = entry.Value;
            if (q.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(key, "is not an object");
            }

            foreach (var field in q.EnumerateObject().Where(p => !Fields02.Contains(p.Name)))
            {
                throw Invalid(key, $"has an unknown field '{field.Name}' (known: {string.Join(", ", Fields02)})");
            }

            string? text = null;
            if (q.TryGetProperty("query", out var query))
            {
                text = query.ValueKind == JsonValueKind.String ? query.GetString() : throw Invalid(key, "has a 'query' that is not a string");
            }

            var types = q.TryGetProperty("type", out var type) ? ParseTypes(key, type) : [];
            var properties = new List<PropertyConstraint>();
            if (q.TryGetProperty("properties", out var props))
            {
                if (props.ValueKind != JsonValueKind.Array)
                {
                    throw Invalid(key, "has 'properties' that is not an array");
                }

                foreach (var prop in props.EnumerateArray())
                {
                    if (prop.ValueKind != JsonValueKind.Object || !prop.TryGetProperty("pid", out var pid) || pid.ValueKind != JsonValueKind.String || !prop.TryGetProperty("v", out var v))
                    {
                        throw Invalid(key, "has a property that is not {\"pid\": string, \"v\": value}");
                    }

                    properties.Add(Constraint(key, pid.GetString()!, v));
                }
            }

            if (q.TryGetProperty("type_strict", out var strict) && (strict.ValueKind != JsonValueKind.String || strict.GetString() is not ("any" or "should" or "all")))
            {
                throw Invalid(key, "has a 'type_strict' other than any, should or all");
            }

            if (text is null && properties.Count == 0)
            {
                throw Invalid(key, "has neither a 'query' nor any 'properties'");
            }

            queries.Add(new ReconciliationQuery(key, text, types, ParseLimit(key, q), properties));
        }

        return queries;
    }

    private int ParseLimit(string key, JsonElement q)
    {
        if (!q.TryGetProperty("limit", out var limit))
        {
            return options.DefaultLimit;
        }

        if (limit.ValueKind != JsonValueKind.Number || !limit.TryGetDouble(out var value) || value < 1)
        {
            throw Invalid(key, "has a 'limit' that is not a positive number");
        }

        return (int)Math.Min(value, Core.Resolution.EntityResolver.MaxLimit);
    }

    private static List<ReconcileType> ParseTypes(string key, JsonElement type)
    {
        IEnumerable<JsonElement> items = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : [type];
        var types = new List<ReconcileType>();
        foreach (var item in items)
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw Invalid(key, "has a 'type' that is not a string or a list of strings");
            }

            var id = item.GetString()!;
            types.Add(ReconcileType.Find(id) ?? throw Invalid(key, $"has an unknown type '{id}' (known: {string.Join(", ", ReconcileType.All.Select(t => t.Id))})"));
        }

        return types;
    }

    private static PropertyConstraint Constraint(string key, string pid, JsonElement v)
    {
        if (ReconcileProperty.Find(pid) is not { Sharpens: true })
        {
            var known = string.Join(", ", ReconcileProperty.All.Where(p => p.Sharpens).Select(p => p.Id));
            throw Invalid(key, $"has a property '{pid}' that cannot sharpen a query (these can: {known})");
        }

        return new PropertyConstraint(pid, Values(key, v));
    }

    private static List<string> Values(string key, JsonElement v)
    {
        IEnumerable<JsonElement> items = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [v];
        return [.. items.Select(item => item.ValueKind switch
        {
            JsonValueKind.String => item.GetString()!,
            JsonValueKind.Number => item.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => item.GetRawText(),
            JsonValueKind.Object when item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String => id.GetString()!,
            _ => throw Invalid(key, "has a property value that is not a string, number, boolean or {\"id\": …}"),
        })];
    }

    private void CheckCount(int count)
    {
        if (count > options.MaxBatch)
        {
            throw new InvalidReconciliationRequestException(
                string.Create(CultureInfo.InvariantCulture, $"The batch has {count} queries; at most {options.MaxBatch} are allowed."), StatusCodes.Status413PayloadTooLarge);
        }
    }

    private static InvalidReconciliationRequestException Invalid(string key, string problem) => new($"Query '{key}' {problem}.");
}
