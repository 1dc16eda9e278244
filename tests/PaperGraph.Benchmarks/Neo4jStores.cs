using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaperGraph.Store.Neo4j;

namespace PaperGraph.Benchmarks;

/// <summary>The Neo4j store composed as the product composes it, optionally over a recording HTTP edge.</summary>
internal static class Neo4jStores
{
    private const string HttpClientName = "PaperGraph.Neo4j"; // CypherClient.HttpClientName

    public static ServiceProvider Create(string url, HttpMessageHandler? edge = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Neo4j:Url"] = url }).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddNeo4jGraphStore();
        if (edge is not null)
        {
            services.AddHttpClient(HttpClientName).ConfigurePrimaryHttpMessageHandler(() => edge).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        }

        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Empties the server's database in slices, over the plain 3.x HTTP endpoint. Slices are small because a paper
    /// holds about 125 word edges and a word node can hold tens of thousands: 5,000 nodes at once ran the test
    /// server's 512 MB heap out after a 20,000-paper run.
    /// </summary>
    public static async Task ClearAsync(string url, CancellationToken ct)
    {
        const string DeleteSlice = """{"statements":[{"statement":"MATCH (n) WITH n LIMIT 1000 DETACH DELETE n RETURN count(*)"}]}""";
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        while (true)
        {
            using var response = await http.PostAsync(new Uri(url.TrimEnd('/') + "/db/data/transaction/commit"), new StringContent(DeleteSlice, System.Text.Encoding.UTF8, "application/json"), ct);
            response.EnsureSuccessStatusCode();
            using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            if (json.RootElement.GetProperty("results")[0].GetProperty("data")[0].GetProperty("row")[0].GetInt64() == 0)
            {
                return;
            }
        }
    }
}
