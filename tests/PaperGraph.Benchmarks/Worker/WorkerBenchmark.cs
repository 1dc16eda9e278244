using System.Globalization;

namespace PaperGraph.Benchmarks.Worker;

/// <summary>
/// <c>worker --corpus PATH.jsonl.gz [--file-size 1000] [--drops 50] [--page-size 70] [--readers 4]</c>: measures
/// the inbox worker's drop-to-queryable latency under read load and its sustained rate against the pipeline.
/// </summary>
internal static class WorkerBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var corpus = Value(args, "--corpus");
        if (corpus is null || !File.Exists(corpus))
        {
            await Console.Error.WriteLineAsync("usage: worker --corpus PATH.jsonl.gz [--file-size 1000] [--drops 50] [--page-size 70] [--readers 4]");
            return 2;
        }

        var fileSize = Number(args, "--file-size", 1_000);
        var drops = Number(args, "--drops", 50);
        var pageSize = Number(args, "--page-size", 70);
        var readers = Number(args, "--readers", 4);
        var folder = Path.Combine(Path.GetTempPath(), "papergraph-bench-worker-" + Guid.NewGuid().ToString("N"));
        try
        {
            var pages = CorpusFiles.Split(corpus, Path.Combine(folder, "pages"), pageSize, drops);
            var (latencies, reads, loadTime) = await LatencyRun.RunAsync(pages, folder, readers);
            Array.Sort(latencies);
            Console.WriteLine($"drop-to-queryable, {drops} one-page drops of {pageSize} papers, {readers} GraphQL readers ({reads / loadTime.TotalSeconds:F0} reads/s):");
            Console.WriteLine($"  p50 {Percentile(latencies, 0.50):F0} ms, p95 {Percentile(latencies, 0.95):F0} ms, max {latencies[^1]:F0} ms");

            var ingestFiles = CorpusFiles.Split(corpus, Path.Combine(folder, "ingest"), fileSize);
            var (ingested, ingestTime) = await ThroughputRun.IngestAsync(ingestFiles, Path.Combine(folder, "ingest.db"));
            var workerFiles = CorpusFiles.Split(corpus, Path.Combine(folder, "worker"), fileSize);
            var (stored, workerTime) = await ThroughputRun.WorkerAsync(workerFiles, Path.Combine(folder, "worker.db"), Path.Combine(folder, "inbox-rate"));
            var ingestRate = ingested / ingestTime.TotalSeconds;
            var workerRate = ingested / workerTime.TotalSeconds;
            Console.WriteLine($"papergraph ingest: {ingested} records in {ingestFiles.Count} files, {ingestTime.TotalSeconds:F1} s, {ingestRate:F0} papers/s");
            Console.WriteLine($"inbox worker:      {stored} papers stored, {workerTime.TotalSeconds:F1} s drop-to-last-receipt, {workerRate:F0} papers/s = {workerRate / ingestRate:P0} of ingest");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string? Value(string[] args, string name) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

    private static int Number(string[] args, string name, int fallback) =>
        Value(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
