using System.Text;
using System.Text.Json;

namespace PaperGraph.Core.Tests.Ingestion;

/// <summary>Small hand-made listing files in every format, built from the same few papers.</summary>
internal static class ListingSamples
{
    public static readonly (string Title, string Abstract, string ArxivId)[] Papers =
    [
        ("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", Abstract("selective state space models"), "2312.00752"),
        ("Efficiently Modeling Long Sequences with Structured State Spaces", Abstract("structured state spaces"), "2111.00396"),
        ("Attention Is All You Need", Abstract("the Transformer"), "1706.03762"),
    ];

    public static string Abstract(string topic) =>
        $"We study {topic} for sequence modeling. Our method improves accuracy on several benchmarks while using less memory. " +
        $"Experiments on language and audio show that {topic} scale to long inputs. Code is released for reproducibility.";

    public static string JsonLine(string title, string summary, string? arxivId = null) =>
        JsonSerializer.Serialize(new { title, @abstract = summary, arxivId });

    public static string JsonLines(params string[] lines) => string.Join('\n', lines) + "\n";

    public static string HfPage(params string[] lines) =>
        "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nMar 12\n\n" + string.Join("\n\n", lines) + "\n";

    public static string AtomEntry((string Title, string Abstract, string ArxivId) paper) => $"""
          <entry>
            <id>http://arxiv.org/abs/{paper.ArxivId}v2</id>
            <published>2023-12-01T18:01:34Z</published>
            <title>{paper.Title.Replace(" ", "\n      ", StringComparison.Ordinal)}</title>
            <summary>  {paper.Abstract}
            </summary>
            <author><name>Albert Gu</name></author>
            <author><name>Tri Dao</name></author>
          </entry>
        """;

    public static string AtomFeed(params string[] entries) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>ArXiv Query</title>\n"
        + string.Join('\n', entries) + "\n</feed>\n";

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Replaces the first occurrence of <paramref name="marker"/> with bytes that are not UTF-8.</summary>
    public static byte[] WithInvalidUtf8(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return [.. Bytes(text[..at]), 0xC3, 0x28, 0xFF, .. Bytes(text[(at + marker.Length)..])];
    }
}
