using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Api.Hosting;
using PaperGraph.Core.Storage;

namespace PaperGraph.Benchmarks.Reads;

/// <summary>
/// The real API, composed by <see cref="PaperGraphApi.BuildApp"/> as the API and <c>serve</c> compose it, on a
/// loopback port of this process over one store, and a client for its <c>/graphql</c>. Over Neo4j the store's
/// HTTP client goes through <see cref="CountingEdge"/>.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private const string Neo4jHttpClient = "PaperGraph.Neo4j"; // CypherClient.HttpClientName

    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private ApiHost(WebApplication app, HttpClient http) => (_app, _http) = (app, http);

    /// <summary>The host's own store, for picking inputs and counting what it holds.</summary>
    public IGraphStore Store => _app.Services.GetRequiredService<IGraphStore>();

    public static async Task<ApiHost> StartAsync(string[] settings, CountingEdge? neo4jEdge)
    {
        var app = PaperGraphApi.BuildApp(
            ["--urls", "http://127.0.0.1:0", "--contentRoot", AppContext.BaseDirectory, "--Serilog:MinimumLevel:Default", "Warning", .. settings],
            builder =>
            {
                if (neo4jEdge is not null)
                {
                    builder.Services.AddHttpClient(Neo4jHttpClient).ConfigurePrimaryHttpMessageHandler(() => neo4jEdge).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
                }
            });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var host = new ApiHost(app, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) });
        await host.WaitReadyAsync();
        return host;
    }

    /// <summary>Posts one query and returns its <c>data</c>; an HTTP failure or any GraphQL error fails the run.</summary>
    public async Task<JsonElement> QueryAsync(string query, object variables)
    {
        using var response = await _http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        return response.IsSuccessStatusCode && !json.RootElement.TryGetProperty("errors", out _)
            ? json.RootElement.GetProperty("data").Clone()
            : throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {body[..Math.Min(body.Length, 400)]}");
    }

    /// <summary>
    /// Until <c>/health/ready</c> says Healthy: the store answers and the name index is built. Degraded (the index
    /// still building) also answers 200, and the build's Neo4j requests would land in the first timed reads.
    /// </summary>
    private async Task WaitReadyAsync()
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(5);
        while (true)
        {
            using var response = await _http.GetAsync("/health/ready");
            var body = await response.Content.ReadAsStringAsync();
            using (var json = JsonDocument.Parse(body))
            {
                if (response.IsSuccessStatusCode && json.RootElement.GetProperty("status").GetString() == "Healthy")
                {
                    return;
                }
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new InvalidOperationException($"the API was not ready after 5 minutes: {body}");
            }

            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
