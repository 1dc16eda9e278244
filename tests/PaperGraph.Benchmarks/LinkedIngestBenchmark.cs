using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace PaperGraph.Benchmarks;

/// <summary>
/// <c>linked-ingest --corpus PATH --limit N --neo4j-url URL</c>: the same corpus slice ingested with linking by the
/// real CLI (<c>papergraph ingest --log-format json</c>, one process per store) into a fresh SQLite file, then into
/// the Neo4j named by the URL, which is emptied first. Each batch's time is read from the CLI's own log: from the
/// previous batch's "Linked" event (or the process start) to this one's, so it holds storing, linking, relinking and
/// links. Prints both series, the totals, the Neo4j / SQLite ratio and how the Neo4j batches grow. Both stores start
/// empty, which the CLI now loads and then links once: the series are then empty and the whole runs are what compares.
/// </summary>
internal static class LinkedIngestBenchmark
{
    public static async Task<int> RunAsync(string corpus, int limit, string neo4jUrl)
    {
        var work = Directory.CreateTempSubdirectory("papergraph-linked-bench-");
        try
        {
            var input = Path.Combine(work.FullName, "corpus.jsonl");
            var (lines, _) = IngestBenchmark.WritePlainCorpus(corpus, input, limit);
            Console.WriteLine($"input: {lines} lines (decompressed first); batches of 1,000 papers, linking on");

            var sqlite = await IngestAsync(input, ["--db", Path.Combine(work.FullName, "papergraph.db")]);
            Print("SQLite", sqlite);
            await Neo4jStores.ClearAsync(neo4jUrl, CancellationToken.None);
            var neo4j = await IngestAsync(input, ["--store", "neo4j", "--neo4j-url", neo4jUrl]);
            Print("Neo4j", neo4j);

            Console.WriteLine($"Neo4j / SQLite, whole run (wall): {neo4j.Seconds / sqlite.Seconds:F2}x");
            if (neo4j.Batches.Count >= 3)
            {
                // The first batch also writes the catalog (14,539 entities), so growth is read against the second too.
                var last = neo4j.Batches[^1];
                Console.WriteLine($"Neo4j last batch / first: {last / neo4j.Batches[0]:F2}x; last / second: {last / neo4j.Batches[1]:F2}x");
            }

            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private sealed record Run(double Seconds, IReadOnlyList<double> Batches);

    private static void Print(string store, Run run) => Console.WriteLine(
        $"{store}: {run.Seconds:F1} s wall, {run.Batches.Count} batches, seconds per batch: "
        + string.Join(' ', run.Batches.Select(s => s.ToString("F1", CultureInfo.InvariantCulture))));

    private static async Task<Run> IngestAsync(string input, IReadOnlyList<string> storeArguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "papergraph.dll"), "ingest", input, "--log-format", "json" }.Concat(storeArguments))
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var linkedAt = new List<DateTimeOffset>();
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            if (LinkedAt(line) is { } at)
            {
                linkedAt.Add(at);
            }
        }

        await process.WaitForExitAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        await stdout;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"papergraph ingest exited {process.ExitCode}");
        }

        var batches = linkedAt.Select((at, i) => (at - (i == 0 ? started : linkedAt[i - 1])).TotalSeconds).ToList();
        return new Run(seconds, batches);
    }

    /// <summary>The time of the linker's "Linked … papers" event (its event name in the CLEF line), or null for any other line.</summary>
    private static DateTimeOffset? LinkedAt(string line)
    {
        if (!line.StartsWith('{'))
        {
            return null;
        }

        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return root.TryGetProperty("EventId", out var eventId) && eventId.TryGetProperty("Name", out var name) && name.GetString() == "Linked"
            ? root.GetProperty("@t").GetDateTimeOffset()
            : null;
    }
}
