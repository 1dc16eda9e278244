using System.Globalization;
using System.Text;

namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// Words as search sees them: runs of letters and digits, lower-cased, accents removed (what SQLite FTS5's
/// unicode61 tokenizer does). Query syntax is not exposed: quotes, operators and brackets are separators,
/// and every word must occur. Each paper stores its title's and abstract's words as space-delimited strings
/// (<see cref="Sequence"/>): search tests <c>CONTAINS " word "</c> and counts occurrences for its ranking.
/// </summary>
internal static class SearchWords
{
    /// <summary>The distinct words of <paramref name="text"/>, in order of first occurrence.</summary>
    public static IReadOnlyList<string> Split(string? text) => Tokens(text).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Every word of <paramref name="text"/>, repeats included, in order: what FTS5 counts a row's length and a term's frequency in.</summary>
    public static List<string> Tokens(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        // Most listings are ASCII: skip the Unicode decomposition for them (it is the costly part).
        var source = Ascii.IsValid(text) ? text : WithoutMarks(text);
        var start = -1;
        for (var i = 0; i <= source.Length; i++)
        {
            if (i < source.Length && (char.IsLetterOrDigit(source[i]) || char.IsSurrogate(source[i])))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                words.Add(source[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>
    /// The stored form of a text: every word, repeats included, between two spaces (<c>"  w1  w2  w1  "</c>). A word
    /// padded with one space each side (<see cref="Padded"/>) matches whole words only, and its occurrences never share
    /// a space, so Cypher counts them with <c>replace()</c> (the term frequency bm25 needs).
    /// </summary>
    public static string Sequence(IReadOnlyList<string> tokens) => tokens.Count == 0 ? "  " : "  " + string.Join("  ", tokens) + "  ";

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
