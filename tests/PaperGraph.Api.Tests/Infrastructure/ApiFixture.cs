using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Samples;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;

[assembly: AssemblyFixture(typeof(PaperGraph.Api.Tests.Infrastructure.ApiFixture))]

// Tests count calls on the one shared store, so they run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

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

    public async ValueTask InitializeAsync()
    {
        var database = _temp.File("papergraph.db");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("Sqlite:DatabasePath", database);
            web.ConfigureTestServices(services =>
            {
                services.AddSingleton<CountingGraphStore>(sp => new CountingGraphStore(sp.GetRequiredService<SqliteGraphStore>()));
                services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<CountingGraphStore>());
            });
        });
        Client = _factory.CreateClient();
        Store = _factory.Services.GetRequiredService<CountingGraphStore>();
        await SeedAsync(Store, _temp.File("corpus"));
        Store.Reset();
    }

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
    public async Task<(int Status, JsonNode Body)> PostAsync(string query, object? variables = null)
    {
        var payload = JsonSerializer.Serialize(new { query, variables });
        using var content = new StringContent(payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await Client.PostAsync("/graphql", content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, JsonNode.Parse(text)!);
    }

    private static async Task SeedAsync(IGraphStore store, string corpus)
    {
        var ct = TestContext.Current.CancellationToken;
        var pipeline = new IngestionPipeline(store, TimeProvider.System, NullLogger<IngestionPipeline>.Instance);
        var sources = SampleCorpus.ExtractTo(corpus).Select(IngestionSource.FromFile).ToList();
        await pipeline.RunAsync(sources, new IngestionOptions(), null, ct);

        var catalog = EntityCatalog.LoadEmbedded();
        await store.UpsertEntitiesAsync([.. catalog.Entities], ct);
        var dictionary = new LinkerDictionary(catalog);
        var linker = new PaperLinker();
        var ids = new List<string>();
        await foreach (var id in store.StreamPaperIdsAsync(ct))
        {
            ids.Add(id);
        }

        var papers = await store.GetPapersAsync(ids, ct);
        var results = ids.Select(id => linker.Link(papers[id], dictionary)).ToList();
        await store.UpsertEntitiesAsync([.. results.SelectMany(r => r.NewEntities).DistinctBy(e => e.Id)], ct);
        await store.SaveAnnotationsAsync([.. results.Select(r => r.Annotations)], ct);
    }
}
