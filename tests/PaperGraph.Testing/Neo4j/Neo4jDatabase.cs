namespace PaperGraph.Testing.Neo4j;

/// <summary>What tests do to a test Neo4j's data over the plain HTTP API, so a test project needs no store internals.</summary>
public static class Neo4jDatabase
{
    /// <summary>
    /// Empties the database in slices (so a large leftover is not one huge transaction): 3.x's endpoint, else 4.x/5.x's
    /// default database. Only for a server the caller started or was named.
    /// </summary>
    public static async Task ClearAsync(string url, CancellationToken cancellationToken)
    {
        const string DeleteSlice = """{"statements":[{"statement":"MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*)"}]}""";
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var endpoint = new Uri(url + "/db/data/transaction/commit");
        while (true)
        {
            using var response = await http.PostAsync(endpoint, new StringContent(DeleteSlice, System.Text.Encoding.UTF8, "application/json"), cancellationToken);
            if (response.StatusCode == System.Net.HttpStatusCode.NotFound && endpoint.AbsolutePath.StartsWith("/db/data/", StringComparison.Ordinal))
            {
                endpoint = new Uri(url + "/db/neo4j/tx/commit");
                continue;
            }

            response.EnsureSuccessStatusCode();
            using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var root = json.RootElement;
            Assert.True(root.GetProperty("errors").GetArrayLength() == 0, $"Clearing Neo4j at {url} failed: {root.GetProperty("errors")}");
            if (root.GetProperty("results")[0].GetProperty("data")[0].GetProperty("row")[0].GetInt64() == 0)
            {
                return;
            }
        }
    }
}
