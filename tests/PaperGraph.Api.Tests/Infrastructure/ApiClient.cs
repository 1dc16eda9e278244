using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperGraph.Api.Tests.Infrastructure;

/// <summary>POSTs GraphQL requests as a client would.</summary>
internal sealed class ApiClient(HttpClient client)
{
    public async Task<(int Status, JsonNode Body)> PostAsync(string query, object? variables = null)
    {
        var payload = JsonSerializer.Serialize(new { query, variables });
        using var content = new StringContent(payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await client.PostAsync("/graphql", content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, JsonNode.Parse(text)!);
    }
}
