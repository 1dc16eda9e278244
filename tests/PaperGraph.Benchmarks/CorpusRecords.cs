using System.IO.Compression;
using System.Text.Json;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Benchmarks;

/// <summary>The arXiv corpus dump (gzip JSON lines) as store records with provenance, for write benchmarks.</summary>
internal static class CorpusRecords
{
    public static List<PaperRecord> Read(string path, int count, DateTimeOffset seenAt)
    {
        var records = new List<PaperRecord>(count);
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var line = 0L;
        while (records.Count < count && reader.ReadLine() is { } text)
        {
            line++;
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            var arxivId = root.GetProperty("arxiv_id").GetString()!;
            ListingDate.TryParse(root.GetProperty("listing_date").GetString(), out var date);
            var paper = new Paper
            {
                Id = PaperIds.FromArxivId(arxivId),
                Title = root.GetProperty("title").GetString()!,
                Abstract = root.GetProperty("abstract").GetString()!,
                ArxivId = arxivId,
                Authors = AuthorsOf(root.GetProperty("authors")),
                Date = date,
            };
            records.Add(new PaperRecord(paper, Path.GetFileName(path), line, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))), seenAt));
        }

        return records;
    }

    /// <summary>The dump holds authors as a JSON array or as a Python list's text.</summary>
    private static List<string> AuthorsOf(JsonElement authors) => authors.ValueKind == JsonValueKind.Array
        ? authors.EnumerateArray().Select(author => author.GetString() ?? "").ToList()
        : (authors.GetString() ?? "").Trim('[', ']').Split("', '").Select(author => author.Trim('\'')).ToList();
}
