using System.Text.Json.Nodes;

namespace PaperGraph.Api.Reconciliation;

/// <summary>The service's answers as JSON: results in the 0.2 and 1.0-draft shapes, types, candidates.</summary>
internal static class ReconciliationJson
{
    /// <summary>0.2: <c>{"q0": {"result": [candidate…]}}</c>.</summary>
    public static JsonObject Results02(IReadOnlyList<ReconciliationQuery> queries, IReadOnlyList<IReadOnlyList<ReconciliationCandidate>> results)
    {
        var root = new JsonObject();
        for (var i = 0; i < queries.Count; i++)
        {
            root[queries[i].Key] = new JsonObject { ["result"] = new JsonArray([.. results[i].Select(c => Candidate(c, draft: false))]) };
        }

        return root;
    }

    /// <summary>1.0 draft: <c>{"results": [{"candidates": [candidate…]}]}</c>, in query order.</summary>
    public static JsonObject ResultsDraft(IReadOnlyList<IReadOnlyList<ReconciliationCandidate>> results) => new()
    {
        ["results"] = new JsonArray([.. results.Select(list => (JsonNode)new JsonObject
        {
            ["candidates"] = new JsonArray([.. list.Select(c => Candidate(c, draft: true))]),
        })]),
    };

    public static JsonObject Type(ReconcileType type) => new() { ["id"] = type.Id, ["name"] = type.Name };

    private static JsonNode Candidate(ReconciliationCandidate c, bool draft)
    {
        var json = new JsonObject
        {
            ["id"] = c.Id,
            ["name"] = c.Name,
            ["score"] = c.Score,
            ["match"] = c.Match,
            ["type"] = new JsonArray(Type(c.Type)),
            ["features"] = new JsonArray([.. c.Features.Select(f => (JsonNode)(draft
                ? new JsonObject { ["id"] = f.Name, ["name"] = f.Name, ["value"] = f.Value }
                : new JsonObject { ["id"] = f.Name, ["value"] = f.Value }))]),
        };
        if (!string.IsNullOrEmpty(c.Description))
        {
            json["description"] = c.Description;
        }

        return json;
    }
}
