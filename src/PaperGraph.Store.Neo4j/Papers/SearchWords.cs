using System.Globalization;
using System.Text;

namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// Words as search sees them: runs of letters and digits, lower-cased, accents removed (what SQLite FTS5's
/// unicode61 tokenizer does). Query syntax is not exposed: quotes, operators and brackets are separators,
/// and every word must occur. Neo4j 3.x has no full-text index, so each paper stores its title's and
/// abstract's distinct words and search tests list membership; 4.x/5.x first narrow the candidates
/// through the full-text index, then apply the same test, so both families return and rank alike.
/// </summary>
internal static class SearchWords
{
    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(ch) || char.IsSurrogate(ch))
            {
                current.Append(ch);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A Lucene query requiring every word; words hold only letters and digits, so nothing needs escaping.</summary>
    public static string ToLucene(IReadOnlyList<string> words) => string.Join(' ', words.Select(word => "+" + word));
}
