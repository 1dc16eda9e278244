using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace PaperGraph.Api.Tests.Reconciliation;

/// <summary>Calls <c>/reconcile</c> the ways OpenRefine and other clients do.</summary>
internal sealed class ReconcileClient(HttpClient client)
{
    public Task<(int Status, string Body)> PostFormAsync(string field, string json) =>
        SendAsync(new FormUrlEncodedContent([new KeyValuePair<string, string>(field, json)]));

    public Task<(int Status, string Body)> PostJsonAsync(string json) =>
        SendAsync(new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")));

    public async Task<(int Status, string Body)> GetAsync(string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public async Task<JsonNode> ReconcileAsync(string queries)
    {
        var (status, body) = await PostFormAsync("queries", queries);
        Assert.True(status == 200, $"{status}: {body}");
        return JsonNode.Parse(body)!;
    }

    private async Task<(int Status, string Body)> SendAsync(HttpContent content)
    {
        using (content)
        {
            using var response = await client.PostAsync("/reconcile", content, TestContext.Current.CancellationToken);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
    }
}
