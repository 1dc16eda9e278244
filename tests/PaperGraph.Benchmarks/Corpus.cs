using System.IO.Compression;
using System.Text.Json;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Samples;

namespace PaperGraph.Benchmarks;

/// <summary>Reads papers for the benchmarks: the arXiv JSON Lines corpus (gzipped or not) or the bundled sample pages.</summary>
internal static class Corpus
{
    public static List<Paper> ReadJsonLines(string path, int limit)
    {
        var papers = new List<Paper>();
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream);
        while (papers.Count < limit && reader.ReadLine() is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var arxivId = root.GetProperty("arxiv_id").GetString()!;
            papers.Add(new Paper
            {
                Id = PaperIds.FromArxivId(arxivId),
                ArxivId = arxivId,
                Title = root.GetProperty("title").GetString()!,
                Abstract = root.GetProperty("abstract").GetString()!,
            });
        }

        return papers;
    }

    public static async Task<List<Paper>> ReadSamplesAsync()
    {
        var reader = new ListingReader(ListingLimits.Default, TimeProvider.System);
        var papers = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var name in SampleCorpus.FileNames)
        {
            await using var stream = SampleCorpus.Open(name);
            await foreach (var item in reader.ReadAsync(stream, name, format: null, CancellationToken.None))
            {
                if (item.Record is { } record)
                {
                    papers[record.Paper.Id] = record.Paper;
                }
            }
        }

        return papers.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
    }
}
