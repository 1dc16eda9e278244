using System.Globalization;
using System.Text;

namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// Words as search sees them: runs of letters and digits, lower-cased, accents removed (what SQLite FTS5's
/// unicode61 tokenizer does). Query syntax is not exposed: quotes, operators and brackets are separators,
/// and every word must occur. Neo4j 3.x has no full-text index, so each paper stores its title's and
/// abstract's distinct words as one space-delimited string (<c>" w1 w2 "</c>) and search tests
/// <c>CONTAINS " word "</c>; 4.x/5.x first narrow the candidates through the full-text index, then apply
/// the same test, so both families return and rank alike.
/// </summary>
internal static class SearchWords
{
    /// <summary>The distinct words of <paramref name="text"/>, in order of first occurrence.</summary>
    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // Most listings are ASCII: skip the Unicode decomposition for them (it is the costly part).
        var source = Ascii.IsValid(text) ? text : WithoutMarks(text);
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= source.Length; i++)
        {
            if (i < source.Length && (char.IsLetterOrDigit(source[i]) || char.IsSurrogate(source[i])))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                var word = source[start..i].ToLowerInvariant();
                if (seen.Add(word))
                {
                    words.Add(word);
                }

                start = -1;
            }
        }

        return words;
    }

    /// <summary>The stored form: every distinct word between single spaces, so <c>" word "</c> matches whole words only.</summary>
    public static string Delimited(string text) => " " + string.Join(' ', Split(text)) + " ";

    /// <summary>A word as the stored form is searched for.</summary>
    public static string Padded(string word) => " " + word + " ";

    /// <summary>A Lucene query requiring every word; words hold only letters and digits, so nothing needs escaping.</summary>
    public static string ToLucene(IReadOnlyList<string> words) => string.Join(' ', words.Select(word => "+" + word));

    private static string WithoutMarks(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }
}
