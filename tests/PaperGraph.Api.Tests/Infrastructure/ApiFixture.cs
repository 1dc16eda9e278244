using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Storage;
using PaperGraph.Core.Telemetry;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;

[assembly: AssemblyFixture(typeof(PaperGraph.Api.Tests.Infrastructure.ApiFixture))]

// Tests count calls on the one shared store, so they run one at a time.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]

namespace PaperGraph.Api.Tests.Infrastructure;

/// <summary>
/// The real API over a temp SQLite file holding the sample corpus, ingested and linked with the real
/// pipeline and linker. The store is wrapped in <see cref="CountingGraphStore"/> so tests can count calls.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private WebApplicationFactory<Program>? _factory;

    internal CountingGraphStore Store { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _factory!.Services;

    internal WebApplicationFactory<Program> Factory => _factory!;

    public async ValueTask InitializeAsync()
    {
        _factory = CreateFactory(_temp.File("papergraph.db"));
        Client = _factory.CreateClient();
        Store = _factory.Services.GetRequiredService<CountingGraphStore>();
        await SeedAsync(Store);
        Store.Reset();
    }

    /// <summary>A host over its own SQLite file, its store wrapped in a <see cref="CountingGraphStore"/>.</summary>
    internal static WebApplicationFactory<Program> CreateFactory(string database) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("Sqlite:DatabasePath", database);
            web.UseSetting("Security:AllowAnonymousLoopbackWrites", "true"); // in-process calls are this machine, as with serve
            web.ConfigureTestServices(services =>
            {
                // Counted over the instrumented store, as the host composes it, so metrics tests see store calls.
                services.AddSingleton<CountingGraphStore>(sp => new CountingGraphStore(
                    new InstrumentedGraphStore(sp.GetRequiredService<SqliteGraphStore>(), "sqlite", sp.GetRequiredService<PaperGraphTelemetry>())));
                services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<CountingGraphStore>());
            });
        });

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _temp.Dispose();
    }

    /// <summary>POSTs a query and returns the status and parsed body.</summary>
    public Task<(int Status, JsonNode Body)> PostAsync(string query, object? variables = null) => new ApiClient(Client).PostAsync(query, variables);

    /// <summary>The sample corpus ingested and linked as <c>papergraph ingest</c> does it.</summary>
    internal static async Task SeedAsync(IGraphStore store) =>
        await LinkedIngest.IngestSamplesAsync(store, new LinkerDictionary(EntityCatalog.LoadEmbedded()), batchSize: 1_000, TestContext.Current.CancellationToken);

}
