using System.Globalization;
using System.Net;
using System.Text.Json;

namespace PaperGraph.Store.Neo4j.Http;

/// <summary>
/// Reads the server's root document to find the transaction endpoint. 4.4/5.x list a
/// <c>/db/{databaseName}/tx</c> template at the root; 3.x points at <c>/db/data/</c>, whose document names
/// <c>/db/data/transaction</c>. Advertised URLs may carry another host name (a container's, say), so only
/// their paths are used, resolved against the configured URL.
/// </summary>
internal static class EndpointDiscovery
{
    public static async Task<Neo4jEndpoint> DiscoverAsync(HttpClient http, Uri baseUri, string database, CancellationToken cancellationToken)
    {
        using var root = await GetJsonAsync(http, baseUri, cancellationToken);
        if (TryGetString(root.RootElement, "transaction", out var template))
        {
            var tx = template.Replace("{databaseName}", Uri.EscapeDataString(database), StringComparison.Ordinal);
            return new Neo4jEndpoint(Resolve(baseUri, tx.TrimEnd('/') + "/commit"), MajorOf(root.RootElement), VersionOf(root.RootElement));
        }

        if (!TryGetString(root.RootElement, "data", out var data))
        {
            throw new Neo4jUnavailableException($"The server at {Printable(baseUri)} answered, but not with a Neo4j discovery document.");
        }

        var dataUri = Resolve(baseUri, data);
        using var dataDocument = await GetJsonAsync(http, dataUri, cancellationToken);
        var transaction = TryGetString(dataDocument.RootElement, "transaction", out var advertised)
            ? advertised.TrimEnd('/')
            : dataUri.AbsoluteUri.TrimEnd('/') + "/transaction";
        var major = dataDocument.RootElement.TryGetProperty("neo4j_version", out _) ? MajorOf(dataDocument.RootElement) : 3;
        return new Neo4jEndpoint(Resolve(baseUri, transaction + "/commit"), major, VersionOf(dataDocument.RootElement));
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient http, Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if ((int)response.StatusCode >= 500)
        {
            throw new Neo4jTransientException($"http-{(int)response.StatusCode}", $"Neo4j at {Printable(uri)} answered {(int)response.StatusCode} {response.StatusCode}.");
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new Neo4jUnavailableException($"Neo4j at {Printable(uri)} refused discovery: {(int)response.StatusCode} {response.StatusCode}.");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        try
        {
            return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new Neo4jUnavailableException($"The server at {Printable(uri)} did not answer with JSON; is it Neo4j?", exception);
        }
    }

    /// <summary>A URL for a message: credentials inside NEO4J_URL (kept by <see cref="Uri"/> and every URL resolved against it) are never printed.</summary>
    private static string Printable(Uri uri) => PaperGraph.Core.Text.RedactedUrl.Of(uri.AbsoluteUri);

    private static Uri Resolve(Uri baseUri, string advertised) =>
        Uri.TryCreate(advertised, UriKind.Absolute, out var absolute)
            ? new Uri(baseUri, absolute.PathAndQuery)
            : new Uri(baseUri, advertised);

    private static bool TryGetString(JsonElement element, string name, out string value)
    {
        value = "";
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var property) || property.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        value = property.GetString()!;
        return true;
    }

    private static string VersionOf(JsonElement element) =>
        TryGetString(element, "neo4j_version", out var version) ? version : "unknown";

    private static int MajorOf(JsonElement element)
    {
        var version = VersionOf(element);
        var dot = version.IndexOf('.', StringComparison.Ordinal);
        return int.TryParse(dot < 0 ? version : version[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : 5;
    }
}
