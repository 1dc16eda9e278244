using System.Diagnostics;
using System.Globalization;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Tests.Server;
using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Store.Neo4j.Tests.Bench;

/// <summary>
/// Papers/s of <see cref="Neo4jGraphStore.UpsertPapersAsync"/> on a real corpus against the floor: the very
/// same commit bodies posted by <c>curl</c>, one process per batch. Runs only when
/// <c>PAPERGRAPH_BENCH_CORPUS</c> names a corpus file. The machine is shared, so store and curl runs
/// alternate (curl, store, curl, store) on an emptied database and the best of each counts.
/// </summary>
public sealed class UpsertThroughputTests(Neo4jServer server)
{
    [Fact]
    public async Task UpsertPapers_Corpus_ReportsPapersPerSecondAgainstCurl()
    {
        var corpus = Environment.GetEnvironmentVariable("PAPERGRAPH_BENCH_CORPUS");
        if (string.IsNullOrEmpty(corpus))
        {
            Assert.Skip("Set PAPERGRAPH_BENCH_CORPUS to a corpus .jsonl.gz to measure upsert throughput.");
        }

        server.RequireReachable();
        var ct = TestContext.Current.CancellationToken;
        var count = int.Parse(Environment.GetEnvironmentVariable("PAPERGRAPH_BENCH_PAPERS") ?? "20000", CultureInfo.InvariantCulture);
        var records = CorpusReader.Read(corpus, count, DateTimeOffset.UnixEpoch.AddYears(55));
        var edge = new RecordingEdge();
        using var host = new StoreHost(server.Url, edge: edge);
        await host.ClearDatabaseAsync(ct);
        await host.Store.InitializeAsync(ct);
        var commitUri = (await host.Client.GetEndpointAsync(ct)).CommitUri;

        edge.Recording = true;
        await host.Store.UpsertPapersAsync(records, ct); // warms the JVM and records the bodies curl replays
        edge.Recording = false;
        var bodies = await WriteBodiesAsync(edge.Bodies, ct);
        var unchanged = await TimeAsync(() => host.Store.UpsertPapersAsync(records, ct));

        var store = TimeSpan.MaxValue;
        var curl = TimeSpan.MaxValue;
        IReadOnlyList<UpsertOutcome> outcomes = [];
        for (var round = 0; round < 2; round++)
        {
            await host.ClearDatabaseAsync(ct);
            curl = Min(curl, await TimeAsync(() => PostWithCurlAsync(commitUri, bodies, ct)));
            await host.ClearDatabaseAsync(ct);
            store = Min(store, await TimeAsync(async () => outcomes = await host.Store.UpsertPapersAsync(records, ct)));
        }

        var stats = await host.Store.GetStatsAsync(ct);
        var search = await TimeAsync(() => host.Store.QueryPapersAsync(new PaperQuery(new PaperFilter { Search = "diffusion models" }, PaperOrder.Relevance, 20), ct));
        var newest = await TimeAsync(() => host.Store.QueryPapersAsync(new PaperQuery(PaperFilter.None, PaperOrder.DateDesc, 20), ct));
        var counted = await TimeAsync(() => host.Store.CountPapersAsync(new PaperFilter { Year = 2025 }, ct));
        await host.ClearDatabaseAsync(ct);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{records.Count} papers in {bodies.Count} batches: store {Rate(records.Count, store)} papers/s ({store.TotalSeconds:F1}s), " +
            $"curl {Rate(records.Count, curl)} papers/s ({curl.TotalSeconds:F1}s), store/curl {curl / store:P0}; " +
            $"unchanged re-run {Rate(records.Count, unchanged)} papers/s; reads over {records.Count} papers: search page {search.TotalMilliseconds:F0} ms, " +
            $"newest page {newest.TotalMilliseconds:F0} ms, count by year {counted.TotalMilliseconds:F0} ms");
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(bodies[0])!, "summary.txt"), summary + "\n", ct);
        TestContext.Current.SendDiagnosticMessage(summary);
        Assert.Equal(records.Select(r => r.Paper.Id).Distinct().LongCount(), stats.Papers);
        Assert.Equal(records.Count, outcomes.Count);
    }

    private static async Task<List<string>> WriteBodiesAsync(IReadOnlyList<byte[]> bodies, CancellationToken ct)
    {
        var output = Path.Combine(RepositoryRoot(), "bench", "out", "neo4j");
        Directory.CreateDirectory(output);
        foreach (var stale in Directory.EnumerateFiles(output, "batch-*.json"))
        {
            File.Delete(stale);
        }

        var files = new List<string>();
        for (var i = 0; i < bodies.Count; i++)
        {
            files.Add(Path.Combine(output, $"batch-{i:D5}.json"));
            await File.WriteAllBytesAsync(files[^1], bodies[i], ct);
        }

        return files;
    }

    private static async Task PostWithCurlAsync(Uri commitUri, IReadOnlyList<string> bodies, CancellationToken ct)
    {
        foreach (var body in bodies)
        {
            using var curl = Process.Start(new ProcessStartInfo("curl", ["-fsS", "-o", "/dev/null", "-H", "Content-Type: application/json", "--data-binary", "@" + body, commitUri.AbsoluteUri])
            {
                RedirectStandardError = true,
            })!;
            await curl.WaitForExitAsync(ct);
            Assert.Equal(0, curl.ExitCode);
        }
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> run)
    {
        var watch = Stopwatch.StartNew();
        await run();
        return watch.Elapsed;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static long Rate(int papers, TimeSpan elapsed) => (long)(papers / elapsed.TotalSeconds);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PaperGraph.sln not found above the test binaries.");
    }
}
