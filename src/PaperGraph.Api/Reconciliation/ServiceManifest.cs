using System.Text.Json.Nodes;

namespace PaperGraph.Api.Reconciliation;

/// <summary>
/// The manifest <c>GET /reconcile</c> answers (0.2, as OpenRefine 3.x reads it): types, the view, preview,
/// suggest and data-extension services, all under the base URL (the service's own URL, from the request).
/// </summary>
internal static class ServiceManifest
{
    public static JsonObject Build(string baseUrl) => new()
    {
        ["versions"] = new JsonArray("0.2"),
        ["name"] = "PaperGraph",
        ["identifierSpace"] = "urn:papergraph:id",
        ["schemaSpace"] = "urn:papergraph:type",
        ["defaultTypes"] = new JsonArray([.. ReconcileType.All.Select(t => (JsonNode)ReconciliationJson.Type(t))]),
        ["view"] = new JsonObject { ["url"] = baseUrl + "/reconcile/view?id={{id}}" },
        ["preview"] = new JsonObject { ["url"] = baseUrl + "/reconcile/preview?id={{id}}", ["width"] = 400, ["height"] = 160 },
        ["suggest"] = new JsonObject
        {
            ["entity"] = Service(baseUrl, "/suggest/entity"),
            ["type"] = Service(baseUrl, "/suggest/type"),
            ["property"] = Service(baseUrl, "/suggest/property"),
        },
        ["extend"] = new JsonObject
        {
            ["propose_properties"] = Service(baseUrl, "/properties"),
            ["property_settings"] = new JsonArray(new JsonObject
            {
                ["name"] = "limit",
                ["label"] = "Limit",
                ["type"] = "number",
                ["default"] = 10,
                ["help_text"] = "Most values to fetch for list properties (co-mentioned entities, mentions).",
            }),
        },
    };

    private static JsonObject Service(string baseUrl, string path) => new() { ["service_url"] = baseUrl + "/reconcile", ["service_path"] = path };
}
