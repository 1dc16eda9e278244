using System.Text.Json.Nodes;

namespace PaperGraph.Api.Tests.StoreParity;

/// <summary>
/// The store-independent queries on the API configured with <c>Store:Provider=Neo4j</c> over the test Neo4j;
/// skipped with the reason when no Neo4j is available, failed under <c>CI=true</c>.
/// </summary>
public sealed class Neo4jStoreQueryTests(Neo4jApiFixture api) : StoreQueryTests, IClassFixture<Neo4jApiFixture>
{
    protected override Task<(int Status, JsonNode Body)> PostAsync(string query, object? variables = null) => api.PostAsync(query, variables);
}
