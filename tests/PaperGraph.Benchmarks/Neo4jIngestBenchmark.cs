using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Storage;

namespace PaperGraph.Benchmarks;

/// <summary>
/// <c>neo4j-ingest</c>: papers/s of <c>Neo4jGraphStore.UpsertPapersAsync</c> against the floor, the very same
/// commit bodies posted by <c>curl</c> (one process per batch). The machine is shared, so curl and store runs
/// alternate (curl, store, curl, store) on an emptied database and the best of each counts.
/// </summary>
internal static class Neo4jIngestBenchmark
{
    public static async Task<int> RunAsync(string corpus, int limit, string url)
    {
        var ct = CancellationToken.None;
        var records = CorpusRecords.Read(corpus, limit == int.MaxValue ? 20_000 : limit, DateTimeOffset.UnixEpoch.AddYears(55));
        var edge = new RecordingEdge();
        await using var services = Neo4jStores.Create(url, edge);
        var store = services.GetRequiredService<IGraphStore>();
        await Neo4jStores.ClearAsync(url, ct);
        await store.InitializeAsync(ct);

        edge.Recording = true;
        await store.UpsertPapersAsync(records, ct); // warms the JVM and records the bodies curl replays
        edge.Recording = false;
        var folder = Directory.CreateTempSubdirectory("papergraph-neo4j-bodies-");
        var bodies = new List<string>();
        foreach (var body in edge.Bodies)
        {
            bodies.Add(Path.Combine(folder.FullName, $"batch-{bodies.Count:D5}.json"));
            await File.WriteAllBytesAsync(bodies[^1], body, ct);
        }

        var unchanged = await TimeAsync(() => store.UpsertPapersAsync(records, ct));
        var (storeBest, curlBest) = (TimeSpan.MaxValue, TimeSpan.MaxValue);
        for (var round = 0; round < 2; round++)
        {
            await Neo4jStores.ClearAsync(url, ct);
            curlBest = Min(curlBest, await TimeAsync(() => PostWithCurlAsync(edge.CommitUri!, bodies, ct)));
            await Neo4jStores.ClearAsync(url, ct);
            storeBest = Min(storeBest, await TimeAsync(() => store.UpsertPapersAsync(records, ct)));
        }

        var stats = await store.GetStatsAsync(ct);
        folder.Delete(recursive: true);
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"papers: {records.Count} in {bodies.Count} batches (stored {stats.Papers})"));
        Console.WriteLine(string.Create(culture, $"store upsert:  {records.Count / storeBest.TotalSeconds:F0} papers/s ({storeBest.TotalSeconds:F2}s, best of 2)"));
        Console.WriteLine(string.Create(culture, $"curl floor:    {records.Count / curlBest.TotalSeconds:F0} papers/s ({curlBest.TotalSeconds:F2}s, best of 2)"));
        Console.WriteLine(string.Create(culture, $"store / curl:  {curlBest / storeBest:P0} (target >= 70%)"));
        Console.WriteLine(string.Create(culture, $"unchanged re-run: {records.Count / unchanged.TotalSeconds:F0} papers/s"));
        return stats.Papers == records.Select(r => r.Paper.Id).Distinct().LongCount() ? 0 : 1;
    }

    private static async Task PostWithCurlAsync(Uri commitUri, IReadOnlyList<string> bodies, CancellationToken ct)
    {
        foreach (var body in bodies)
        {
            using var curl = Process.Start(new ProcessStartInfo("curl", ["-fsS", "-o", "/dev/null", "-H", "Content-Type: application/json", "--data-binary", "@" + body, commitUri.AbsoluteUri]))!;
            await curl.WaitForExitAsync(ct);
            if (curl.ExitCode != 0)
            {
                throw new InvalidOperationException($"curl failed ({curl.ExitCode}) posting {body}");
            }
        }
    }

    internal static async Task<TimeSpan> TimeAsync(Func<Task> run)
    {
        var watch = Stopwatch.StartNew();
        await run();
        return watch.Elapsed;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
