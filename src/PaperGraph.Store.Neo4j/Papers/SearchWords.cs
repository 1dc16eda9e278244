using System.Text;

namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// Splits a search into lower-case words (letters and digits), all of which must occur. Neo4j 3.x has no
/// full-text index, so a word matches where it occurs in the lower-cased title or abstract (a substring
/// test); on 4.x/5.x the full-text index first narrows candidates with each word as a prefix term.
/// </summary>
internal static class SearchWords
{
    public static IReadOnlyList<string> Split(string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return [];
        }

        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in search.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch))
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

    /// <summary>A Lucene query requiring every word as a prefix; words hold only letters and digits, so nothing needs escaping.</summary>
    public static string ToLucene(IReadOnlyList<string> words) => string.Join(' ', words.Select(word => "+" + word + "*"));
}
