using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using PaperGraph.Core.Exploration;
using PaperGraph.Core.Resolution;
using PaperGraph.Core.Storage;

namespace PaperGraph.Benchmarks;

/// <summary>
/// <c>graphql-load</c>: a running API (over the SQLite file given by <c>--db</c>) under concurrent HttpClient load
/// over loopback, for a search page, a paper's related papers and resolveEntities with 100 names; in the same
/// run, the same reads straight against the store with the same concurrency (the floor).
/// </summary>
internal static class GraphQLLoadBenchmark
{
    private static readonly string[] SearchTerms = ["state space", "diffusion models", "reinforcement learning", "graph neural network", "large language model", "attention"];

    public static async Task<int> RunAsync(IGraphStore store, Uri api, LoadRun load)
    {
        var ct = CancellationToken.None;
        var ids = new List<string>();
        await foreach (var id in store.StreamPaperIdsAsync(ct))
        {
            ids.Add(id);
        }

        var names = new List<string>();
        await foreach (var entity in store.StreamEntitiesAsync(ct))
        {
            names.Add(entity.Name);
        }

        // 100 names: mostly exact names, every fifth misspelt (two letters swapped) to exercise fuzzy matching.
        var resolveNames = Enumerable.Range(0, 100).Select(i => names[i * 37 % names.Count]).Select((n, i) => i % 5 == 4 && n.Length > 3 ? n[..1] + n[2] + n[1] + n[3..] : n).ToArray();
        var related = new RelatedPapers(store);
        using var aliasIndex = new AliasIndexCache(store, TimeProvider.System);
        using var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
        var scenarios = new (string Name, Func<int, Task<bool>> Api, Func<int, Task<bool>> Direct)[]
        {
            ("papers(search)", i => PostAsync(http, "query($q: String) { papers(search: $q, first: 10) { edges { node { id title } } } }", new { q = SearchTerms[i % SearchTerms.Length] }),
                async i => (await store.QueryPapersAsync(new PaperQuery(new PaperFilter { Search = SearchTerms[i % SearchTerms.Length] }, PaperOrder.Relevance, 10), ct)).Items.Count >= 0),
            ("paper{relatedPapers}", i => PostAsync(http, "query($id: ID!) { paper(id: $id) { relatedPapers(first: 10) { paper { id title } score } } }", new { id = "Paper:" + ids[i * 7919 % ids.Count] }),
                async i => (await related.FindAsync(ids[i * 7919 % ids.Count], 10, null, ct)).Count >= 0),
            ("papers(search)+facets", i => PostAsync(http, "query($q: String) { papers(search: $q, first: 10) { edges { node { id title } } facets { years { value papers } months { value papers } entityKinds { kind papers } entities { entityId papers } authors { key papers } } } }", new { q = SearchTerms[i % SearchTerms.Length] }),
                async i =>
                {
                    var filter = new PaperFilter { Search = SearchTerms[i % SearchTerms.Length] };
                    var page = await store.QueryPapersAsync(new PaperQuery(filter, PaperOrder.Relevance, 10), ct);
                    return (await store.GetPaperFacetsAsync(filter, 10, ct)).Years.Count >= 0 && page.Items.Count >= 0;
                }),
            ("introspection", _ => PostAsync(http, StandardIntrospection.Query, new { }), _ => Task.FromResult(true)),
            ("resolveEntities(100)", _ => PostAsync(http, "query($inputs: [ResolveEntityInput!]!) { resolveEntities(inputs: $inputs, limit: 1) { name candidates { entity { id } score } } }", new { inputs = resolveNames.Select(n => new { name = n }).ToArray() }),
                async _ => EntityResolver.Resolve(await aliasIndex.GetAsync(ct), resolveNames.Select(n => new ResolutionInput(n)).ToList(), 1).Count == 100),
        };

        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"store: {ids.Count} papers, {names.Count} entities; {load.Clients} clients x {load.Duration.TotalSeconds:F0}s (at most {load.MaxRequests} requests) per run"));
        foreach (var (name, viaApi, direct) in scenarios)
        {
            await viaApi(0); // warm up both paths (JIT, caches, alias index)
            await direct(0);
            var (apiLatency, apiRate, apiFailures) = await load.RunAsync(viaApi);
            var (directLatency, directRate, _) = await load.RunAsync(direct);
            Console.WriteLine(string.Create(culture, $"{name,-22} graphql: {apiLatency.Summary()} {apiRate:F0} req/s, failures {apiFailures}"));
            Console.WriteLine(string.Create(culture, $"{"",-22} direct:  {directLatency.Summary()} {directRate:F0} req/s"));
            Console.WriteLine(string.Create(culture, $"{"",-22} graphql/direct p50 {apiLatency.Percentile(50) / directLatency.Percentile(50):F2}x, p95 {apiLatency.Percentile(95) / directLatency.Percentile(95):F2}x, throughput {directRate / apiRate:F2}x (target <= 2x)"));
        }

        return 0;
    }

    private static async Task<bool> PostAsync(HttpClient http, string query, object variables)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        return !json.RootElement.TryGetProperty("errors", out _);
    }
}
