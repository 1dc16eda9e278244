using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Export;
using PaperGraph.Store.Sqlite;

namespace PaperGraph.Benchmarks;

/// <summary>
/// <c>export --db PATH --format F --out FILE|DIR</c>: the whole graph in one format, as <c>papergraph export</c>
/// writes it; papers/s (wall) and the process's peak RSS (run one format per process, so the peak is that format's).
/// </summary>
internal static class ExportBenchmark
{
    public static async Task<int> RunAsync(string db, string formatName, string output)
    {
        if (!ExportFormats.TryParse(formatName, out var format))
        {
            Console.Error.WriteLine($"unknown format {formatName}");
            return 2;
        }

        await using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = db }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        var rssBefore = MachineInfo.PeakRssBytes();
        var clock = Stopwatch.StartNew();
        var exporter = new GraphExporter(store);
        ExportCounts counts;
        if (format == ExportFormat.Csv)
        {
            Directory.CreateDirectory(output);
            counts = await exporter.WriteCsvAsync(ExportFilter.None, name => new StreamWriter(Path.Combine(output, name), append: false, new UTF8Encoding(false)), CancellationToken.None);
        }
        else
        {
            await using var file = File.Create(output);
            counts = await exporter.WriteAsync(format, ExportFilter.None, file, CancellationToken.None);
        }

        clock.Stop();
        var bytes = format == ExportFormat.Csv ? Directory.GetFiles(output).Sum(f => new FileInfo(f).Length) : new FileInfo(output).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{formatName}: {counts.Papers} papers, {counts.Entities} entities, {counts.Mentions} mentions, {counts.Introductions} introductions, {counts.Links} links"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{formatName}: {clock.Elapsed.TotalSeconds:F1} s, {counts.Papers / clock.Elapsed.TotalSeconds:F0} papers/s, {bytes / 1e6:F1} MB written, peak RSS {MachineInfo.PeakRssBytes() / 1e6:F0} MB (after opening the store: {rssBefore / 1e6:F0} MB)"));
        return 0;
    }
}
