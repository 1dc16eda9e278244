using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Storage;
using PaperGraph.Testing;
using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Api.Tests.Infrastructure;

/// <summary>
/// The real API with <c>Store:Provider=Neo4j</c> over the test Neo4j (found or started by
/// <see cref="Neo4jServer"/>), its database emptied and seeded exactly as <see cref="ApiFixture"/> seeds SQLite.
/// </summary>
public sealed class Neo4jApiFixture : IAsyncLifetime
{
    private readonly Neo4jServer _server = new();
    private readonly TempDirectory _temp = new();
    private WebApplicationFactory<Program>? _factory;
    private HttpClient? _client;

    public async ValueTask InitializeAsync()
    {
        await _server.InitializeAsync();
        if (!_server.IsReachable)
        {
            return; // each test skips (or fails under CI) with the reason
        }

        await _server.ClearDatabaseAsync(TestContext.Current.CancellationToken);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("Store:Provider", "Neo4j");
            web.UseSetting("Neo4j:Url", _server.Url);
            web.UseSetting("Security:AllowAnonymousLoopbackWrites", "true");
        });
        _client = _factory.CreateClient(); // starts the host, which initialises the store
        await ApiFixture.SeedAsync(_factory.Services.GetRequiredService<IGraphStore>());
    }

    public Task<(int Status, JsonNode Body)> PostAsync(string query, object? variables = null)
    {
        _server.RequireReachable();
        return new ApiClient(_client!).PostAsync(query, variables);
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await _server.DisposeAsync();
        _temp.Dispose();
    }
}
