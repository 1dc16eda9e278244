using System.Globalization;
using PaperGraph.Core.Exploration;
using PaperGraph.Core.Storage;

namespace PaperGraph.Benchmarks;

/// <summary>
/// <c>related</c>: p50/p95 latency of Core's <see cref="RelatedPapers"/> (first 10, all reasons) over an already
/// ingested store, for every k-th stored paper; one warm-up pass, then the measured pass, one call at a time.
/// </summary>
internal static class RelatedBenchmark
{
    public static async Task<int> RunAsync(IGraphStore store, int samples)
    {
        var ct = CancellationToken.None;
        var ids = new List<string>();
        await foreach (var id in store.StreamPaperIdsAsync(ct))
        {
            ids.Add(id);
        }

        var step = Math.Max(1, ids.Count / samples);
        var picked = ids.Where((_, i) => i % step == 0).Take(samples).ToList();
        var related = new RelatedPapers(store);
        var latencies = new Latencies();
        long found = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var id in picked)
            {
                var elapsed = await Neo4jIngestBenchmark.TimeAsync(async () => found += (await related.FindAsync(id, 10, null, ct)).Count);
                if (pass == 1)
                {
                    latencies.Add(elapsed);
                }
            }
        }

        var stats = await store.GetStatsAsync(ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"store: {stats.Papers} papers, {stats.Mentions} mentions, {stats.Links} links; {picked.Count} papers queried, {found / 2.0 / picked.Count:F1} related each"));
        Console.WriteLine($"relatedPapers(first: 10): {latencies.Summary()}");
        return 0;
    }
}
