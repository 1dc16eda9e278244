using System.Globalization;
using System.Text.Json;

namespace PaperGraph.Api.Reconciliation;

/// <summary>The 1.0 draft's batch: a list of queries whose conditions give the name and the property values.</summary>
internal sealed partial class QueryBatchParser
{
    private static readonly HashSet<string> FieldsDraft = ["type", "limit", "conditions", "lang", "dir"];

    private List<ReconciliationQuery> ParseDraft(JsonElement list)
    {
        CheckCount(list.GetArrayLength());
        var queries = new List<ReconciliationQuery>();
        var index = 0;
        foreach (var q in list.EnumerateArray())
        {
            var key = index++.ToString(CultureInfo.InvariantCulture);
            if (q.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(key, "is not an object");
            }

            foreach (var field in q.EnumerateObject().Where(p => !FieldsDraft.Contains(p.Name)))
            {
                throw Invalid(key, $"has an unknown field '{field.Name}' (known: {string.Join(", ", FieldsDraft)})");
            }

            if (q.TryGetProperty("type", out var type) && type.ValueKind != JsonValueKind.String)
            {
                throw Invalid(key, "has a 'type' that is not one string (the 1.0 draft takes one type)");
            }

            var types = q.TryGetProperty("type", out type) ? ParseTypes(key, type) : [];
            if (!q.TryGetProperty("conditions", out var conditions) || conditions.ValueKind != JsonValueKind.Array || conditions.GetArrayLength() == 0)
            {
                throw Invalid(key, "has no 'conditions' (a non-empty list)");
            }

            string? text = null;
            var properties = new List<PropertyConstraint>();
            foreach (var condition in conditions.EnumerateArray())
            {
                if (condition.ValueKind != JsonValueKind.Object
                    || !condition.TryGetProperty("matchType", out var matchType) || matchType.ValueKind != JsonValueKind.String
                    || !condition.TryGetProperty("propertyValue", out var value))
                {
                    throw Invalid(key, "has a condition without 'matchType' and 'propertyValue'");
                }

                switch (matchType.GetString())
                {
                    case "name" when value.ValueKind == JsonValueKind.String:
                        text = value.GetString();
                        break;
                    case "property" when condition.TryGetProperty("propertyId", out var pid) && pid.ValueKind == JsonValueKind.String:
                        properties.Add(Constraint(key, pid.GetString()!, value));
                        break;
                    default:
                        throw Invalid(key, "has a condition this service does not take (matchType name with a string, or property with a propertyId)");
                }
            }

            queries.Add(new ReconciliationQuery(key, text, types, ParseLimit(key, q), properties));
        }

        return queries;
    }
}
