using System.Diagnostics;
using PaperGraph.Core.Storage;

namespace PaperGraph.Benchmarks;

/// <summary>
/// Search cost bounded by the query (issue 13): hostile and long search strings of up to 1,000 words, each
/// run <c>samples</c> times as <c>papers(search:, first: 10)</c> runs it (page and count), with p50/p95/p99
/// per shape. Target: p95 ≤ 100 ms for every shape on the full corpus.
/// </summary>
internal static class SearchBenchmark
{
    public static async Task<int> RunAsync(IGraphStore store, int samples)
    {
        var titles = await SampleWordsAsync(store);
        var random = new Random(13);
        var shapes = new (string Name, Func<string> Query)[]
        {
            ("one common word", () => "model"),
            ("'model' x 1,000", () => Repeat("model", 1_000)),
            ("'model' x 20,000", () => Repeat("model", 20_000)),
            ("stop words x 1,000", () => string.Join(' ', Enumerable.Range(0, 1_000).Select(i => StopWords[i % StopWords.Length]))),
            ("1,000 corpus words", () => string.Join(' ', Enumerable.Range(0, 1_000).Select(_ => titles[random.Next(titles.Length)]))),
            ("1,000 common words", () => string.Join(' ', Enumerable.Range(0, 1_000).Select(i => Common[i % Common.Length]))),
            ("FTS syntax x 1,000", () => Repeat("a* NEAR(\"b\" c) -d OR e:", 200)),
        };

        var worst = 0.0;
        foreach (var (name, query) in shapes)
        {
            var latencies = new Latencies();
            for (var i = 0; i < samples + 1; i++)
            {
                var filter = new PaperFilter { Search = query() };
                var clock = Stopwatch.StartNew();
                var page = await store.QueryPapersAsync(new PaperQuery(filter, PaperOrder.Relevance, 10), CancellationToken.None);
                var total = await store.CountPapersAsync(filter, CancellationToken.None);
                if (i > 0)
                {
                    latencies.Add(clock.Elapsed); // the first run warms the page cache
                }

                GC.KeepAlive((page, total));
            }

            worst = Math.Max(worst, latencies.Percentile(95));
            Console.WriteLine($"{name,-22} {latencies.Summary()}");
        }

        Console.WriteLine($"worst p95 {worst:F2} ms (target <= 100 ms): {(worst <= 100 ? "met" : "MISSED")}");
        return 0;
    }

    private static readonly string[] StopWords = ["the", "of", "and", "a", "in", "to", "for", "we", "is", "on"];
    private static readonly string[] Common = ["model", "learning", "data", "method", "results", "language", "network", "models", "training", "performance", "large", "neural", "based", "approach", "tasks"];

    private static string Repeat(string word, int times) => string.Join(' ', Enumerable.Repeat(word, times));

    private static async Task<string[]> SampleWordsAsync(IGraphStore store)
    {
        var page = await store.QueryPapersAsync(new PaperQuery(new PaperFilter(), PaperOrder.DateDesc, 500), CancellationToken.None);
        return [.. page.Items.SelectMany(i => i.Node.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
