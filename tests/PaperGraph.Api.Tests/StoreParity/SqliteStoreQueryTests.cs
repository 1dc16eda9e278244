using System.Text.Json.Nodes;

namespace PaperGraph.Api.Tests.StoreParity;

/// <summary>The store-independent queries on the API over SQLite (the assembly's shared fixture).</summary>
public sealed class SqliteStoreQueryTests(ApiFixture api) : StoreQueryTests
{
    protected override Task<(int Status, JsonNode Body)> PostAsync(string query, object? variables = null) => api.PostAsync(query, variables);
}
