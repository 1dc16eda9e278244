using System.IO.Compression;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Ingestion;
using PaperGraph.Store.Sqlite;

namespace PaperGraph.Benchmarks;

/// <summary>
/// Ingests a JSON Lines corpus through the real pipeline into a fresh SQLite file (linking off: this is the storage
/// figure), then has the <c>sqlite3</c> CLI load the very rows PaperGraph stored into a fresh file with the same
/// schema (the store's migration scripts, FTS triggers included): the raw floor, measured in the same run.
/// </summary>
internal static class IngestBenchmark
{
    public static async Task<int> RunAsync(string corpus, int limit)
    {
        var work = Directory.CreateTempSubdirectory("papergraph-ingest-bench-");
        try
        {
            var input = Path.Combine(work.FullName, "corpus.jsonl");
            var (lines, bytes) = WritePlainCorpus(corpus, input, limit);
            Console.WriteLine($"input: {lines} lines, {bytes / 1e6:F1} MB of JSON Lines (decompressed first, so neither side pays for gzip)");

            var database = Path.Combine(work.FullName, "papergraph.db");
            var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = database }, NullLogger<SqliteGraphStore>.Instance);
            var pipeline = new IngestionPipeline(store, TimeProvider.System, NullLogger<IngestionPipeline>.Instance);
            IngestionSummary? summary = null;
            var timing = await Timing.MeasureAsync(async () =>
            {
                await store.InitializeAsync(CancellationToken.None);
                summary = await pipeline.RunAsync([IngestionSource.FromFile(input)], new IngestionOptions(), progress: null, CancellationToken.None);
            });
            var peakRss = MachineInfo.PeakRssBytes();
            await store.DisposeAsync();
            var papers = summary!.Papers;
            Console.WriteLine($"PaperGraph (IngestionPipeline + SqliteGraphStore, batches of {new IngestionOptions().BatchSize}, linking off): {papers} papers ({summary.PapersCreated} new, {summary.Quarantined} quarantined) in {timing.WallSeconds:F1}s wall = {papers / timing.WallSeconds:F0} papers/s ({timing.CpuSeconds:F1}s CPU)");
            Console.WriteLine($"PaperGraph peak RSS (VmHWM, whole benchmark process so far): {peakRss / 1e6:F0} MB; database: {SqliteCliFloor.DatabaseBytes(database) / 1e6:F0} MB (file + WAL)");

            var floor = await SqliteCliFloor.RunAsync(database, work.FullName);
            if (floor is { } raw)
            {
                Console.WriteLine($"sqlite3 CLI {raw.Version} (.import CSV into staging, then INSERT…SELECT in one transaction, same schema and pragmas): {raw.Papers} papers in {raw.Seconds:F1}s wall = {raw.Papers / raw.Seconds:F0} papers/s; database: {raw.DatabaseBytes / 1e6:F0} MB");
                Console.WriteLine($"ratio PaperGraph / sqlite3 CLI: {raw.Seconds / timing.WallSeconds:F2}x of the raw rate (wall clock)");
            }

            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The first <paramref name="limit"/> lines of the corpus, decompressed, so no run pays for gzip.</summary>
    internal static (long Lines, long Bytes) WritePlainCorpus(string corpus, string output, int limit)
    {
        using var file = File.OpenRead(corpus);
        using var stream = corpus.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream);
        using var writer = new StreamWriter(output);
        long lines = 0;
        while (lines < limit && reader.ReadLine() is { } line)
        {
            writer.Write(line);
            writer.Write('\n');
            lines++;
        }

        writer.Flush();
        return (lines, writer.BaseStream.Length);
    }
}
