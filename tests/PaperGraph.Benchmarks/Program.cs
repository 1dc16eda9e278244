using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;

// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- linker --corpus PATH [--limit N]
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- worker --corpus PATH [--file-size N] [--drops N] [--readers N]
if (args.Length > 0 && args[0] == "worker")
{
    return await PaperGraph.Benchmarks.Worker.WorkerBenchmark.RunAsync(args[1..]);
}

if (args.Length < 3 || args[0] != "linker" || args[1] != "--corpus")
{
    Console.Error.WriteLine("usage: linker --corpus PATH.jsonl.gz [--limit N]");
    return 2;
}

var limit = args.Length >= 5 && args[3] == "--limit" ? int.Parse(args[4], CultureInfo.InvariantCulture) : int.MaxValue;
var papers = new List<Paper>();
using (var reader = new StreamReader(new GZipStream(File.OpenRead(args[2]), CompressionMode.Decompress)))
{
    while (papers.Count < limit && reader.ReadLine() is { } line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var arxivId = root.GetProperty("arxiv_id").GetString()!;
        papers.Add(new Paper { Id = PaperIds.FromArxivId(arxivId), ArxivId = arxivId, Title = root.GetProperty("title").GetString()!, Abstract = root.GetProperty("abstract").GetString()! });
    }
}

var megabytes = papers.Sum(p => (p.Title.Length + p.Abstract.Length) * 2.0) / 1e6; // UTF-16 bytes scanned
var sw = Stopwatch.StartNew();
var catalog = EntityCatalog.LoadEmbedded();
var dictionary = new LinkerDictionary(catalog);
Console.WriteLine($"catalog: {catalog.Entries.Count} entities, built in {sw.Elapsed.TotalSeconds:F2}s");
var aliases = catalog.Entries.Where(e => e.Linkable).SelectMany(e => e.Aliases.Select(a => a.Text)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
var searchValues = SearchValues.Create(aliases, StringComparison.OrdinalIgnoreCase);
var linker = new PaperLinker();
Console.WriteLine($"papers: {papers.Count}, text: {megabytes:F1} MB (UTF-16), aliases: {aliases.Length}");

for (var round = 0; round < 2; round++) // round 0 warms up the JIT
{
    sw.Restart();
    long mentions = 0;
    foreach (var paper in papers)
    {
        mentions += linker.Link(paper, dictionary).Annotations.Mentions.Count;
    }

    var link = sw.Elapsed.TotalSeconds;
    sw.Restart();
    long hits = 0;
    foreach (var paper in papers)
    {
        hits += paper.Title.AsSpan().IndexOfAny(searchValues) >= 0 ? 1 : 0;
        hits += paper.Abstract.AsSpan().IndexOfAny(searchValues) >= 0 ? 1 : 0;
    }

    var first = sw.Elapsed.TotalSeconds;
    sw.Restart();
    long all = 0;
    foreach (var paper in papers)
    {
        all += CountAll(paper.Title, searchValues) + CountAll(paper.Abstract, searchValues);
    }

    var every = sw.Elapsed.TotalSeconds;
    sw.Restart();
    long firstOwn = 0;
    foreach (var paper in papers)
    {
        firstOwn += dictionary.FindFirstForBenchmark(paper.Abstract) >= 0 ? 1 : 0;
    }

    var own = sw.Elapsed.TotalSeconds;
    if (round == 1)
    {
        Console.WriteLine($"linker (full: match+abbreviations+novelty+resolution): {megabytes / link:F1} MB/s, {papers.Count / link:F0} papers/s, {mentions} mentions, single thread");
        Console.WriteLine($"SearchValues<string> IndexOfAny first match only:   {megabytes / first:F1} MB/s ({hits} fields with a hit)");
        Console.WriteLine($"SearchValues<string> IndexOfAny every match:        {megabytes / every:F1} MB/s ({all} raw hits)");
        Console.WriteLine($"our automaton, first match only (abstracts):         {papers.Sum(p => p.Abstract.Length * 2.0) / 1e6 / own:F1} MB/s");
    }
}

return 0;

static long CountAll(string text, SearchValues<string> values)
{
    long count = 0;
    var span = text.AsSpan();
    for (var at = span.IndexOfAny(values); at >= 0; at = span.IndexOfAny(values))
    {
        count++;
        span = span[(at + 1)..];
    }

    return count;
}
