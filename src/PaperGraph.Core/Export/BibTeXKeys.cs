using System.Globalization;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Export;

/// <summary>
/// Citation keys: first author's family name, year and first significant title word, then the paper's own id
/// (<c>Gu2023Mamba-2312.00752</c>; <c>-title.&lt;hash&gt;</c> for a paper with no arXiv id). The key is a
/// function of the paper alone, so it is the same in every export, and the id part makes it unique.
/// </summary>
internal static class BibTeXKeys
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "on", "of", "in", "for", "to", "and", "towards", "toward" };

    public static string For(Paper paper)
    {
        var author = paper.Authors.Count == 0 ? "Anon" : Capitalise(BibTeXText.AsciiWord(paper.Authors[0]).Split(' ').LastOrDefault(w => w.Length > 0) ?? "Anon");
        var year = paper.Date?.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "";
        var word = BibTeXText.AsciiWord(paper.Title).Split(' ').FirstOrDefault(w => w.Length > 0 && !Skipped.Contains(w)) ?? "";
        var id = paper.Id.StartsWith("arxiv:", StringComparison.Ordinal) ? paper.Id["arxiv:".Length..].Replace('/', '.') : paper.Id.Replace(':', '.');
        return $"{author}{year}{Capitalise(word)}-{id}";
    }

    private static string Capitalise(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
