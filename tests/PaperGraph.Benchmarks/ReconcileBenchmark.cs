using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Store.Sqlite;

namespace PaperGraph.Benchmarks;

/// <summary>
/// <c>reconcile --db PATH --api URL [--batches N] [--suggests N]</c>: against a running API on that store,
/// POST /reconcile batches of 100 queries as OpenRefine sends them (form <c>queries=</c>): 80 entity names
/// spread over the store's entities, every fifth misspelt (one letter dropped), a fifth of them typed, and 20
/// paper titles typed <c>paper</c>; then GET /reconcile/suggest/entity with 3–6-letter prefixes. One request at
/// a time, after a warm-up.
/// </summary>
internal static class ReconcileBenchmark
{
    public static async Task<int> RunAsync(string db, string api, int batches, int suggests)
    {
        var (names, titles) = await SampleAsync(db);
        using var client = new HttpClient { BaseAddress = new Uri(api), Timeout = TimeSpan.FromMinutes(2) };
        var random = new Random(16);
        var batchLatencies = new Latencies();
        var matched = 0;
        for (var round = -3; round < batches; round++)
        {
            var queries = new JsonObject();
            for (var i = 0; i < 80; i++)
            {
                var (name, kind) = names[random.Next(names.Count)];
                var text = i % 5 == 4 && name.Length > 5 ? name.Remove(name.Length / 2, 1) : name;
                var q = new JsonObject { ["query"] = text, ["limit"] = 5 };
                if (i % 5 == 1)
                {
                    q["type"] = kind;
                }

                queries[$"q{i}"] = q;
            }

            for (var i = 80; i < 100; i++)
            {
                queries[$"q{i}"] = new JsonObject { ["query"] = titles[random.Next(titles.Count)].ToUpperInvariant(), ["type"] = "paper", ["limit"] = 3 };
            }

            using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("queries", queries.ToJsonString())]);
            var clock = Stopwatch.StartNew();
            using var response = await client.PostAsync("/reconcile", content);
            var body = await response.Content.ReadAsStringAsync();
            clock.Stop();
            response.EnsureSuccessStatusCode();
            if (round >= 0)
            {
                batchLatencies.Add(clock.Elapsed);
                if (Environment.GetEnvironmentVariable("PAPERGRAPH_BENCH_TRACE") == "1")
                {
                    Console.Error.Write($"{clock.Elapsed.TotalMilliseconds:F0} ");
                }

                matched += JsonNode.Parse(body)!.AsObject().Count(p => p.Value!["result"]!.AsArray().Any(c => c!["match"]!.GetValue<bool>()));
            }
        }

        Console.WriteLine($"reconcile, 100 queries per batch: {batchLatencies.Summary()} ({matched * 100.0 / Math.Max(1, batches * 100):F0}% of queries with a match)");

        var suggestLatencies = new Latencies();
        for (var i = -20; i < suggests; i++)
        {
            var (name, _) = names[random.Next(names.Count)];
            var prefix = Uri.EscapeDataString(name[..Math.Min(name.Length, 3 + random.Next(4))]);
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync($"/reconcile/suggest/entity?prefix={prefix}");
            _ = await response.Content.ReadAsStringAsync();
            clock.Stop();
            response.EnsureSuccessStatusCode();
            if (i >= 0)
            {
                suggestLatencies.Add(clock.Elapsed);
            }
        }

        Console.WriteLine($"suggest/entity: {suggestLatencies.Summary()}");
        return 0;
    }

    private static async Task<(List<(string Name, string Kind)> Names, List<string> Titles)> SampleAsync(string db)
    {
        await using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = db }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        var names = new List<(string, string)>();
        var n = 0;
        await foreach (var entity in store.StreamEntitiesAsync(CancellationToken.None))
        {
            if (n++ % 50 == 0)
            {
                names.Add((entity.Name, entity.Kind.ToString().ToLowerInvariant()));
            }
        }

        var ids = new List<string>();
        n = 0;
        await foreach (var id in store.StreamPaperIdsAsync(CancellationToken.None))
        {
            if (n++ % 200 == 0)
            {
                ids.Add(id);
            }
        }

        var titles = (await store.GetPapersAsync(ids, CancellationToken.None)).Values.Select(p => p.Title).ToList();
        Console.WriteLine($"sampled {names.Count} entity names and {titles.Count} paper titles");
        return (names, titles);
    }
}
