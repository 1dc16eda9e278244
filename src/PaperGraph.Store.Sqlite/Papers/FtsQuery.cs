using System.Text;
using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Sqlite.Papers;

/// <summary>
/// Turns what a person typed into an FTS5 query that can only mean "all these words": each run of letters
/// and digits becomes a quoted string token and the tokens are ANDed, so <c>*</c>, <c>NEAR</c>, <c>-</c>,
/// quotes, parentheses and column filters in the input are plain text, never syntax.
/// </summary>
/// <remarks>
/// The cost of an FTS5 AND grows with every term (a repeated common word made it quadratic), so the query is
/// bounded by what it means, not by what was typed: the words <see cref="SearchTerms"/> keeps (each once,
/// case-insensitively; no stop words; the first <see cref="MaxTerms"/>). Text of stop words only means
/// nothing, like text with no word: ranking the tens of thousands of papers holding "the" and "of" cost
/// hundreds of milliseconds, to order papers by words that say nothing about them.
/// </remarks>
internal static class FtsQuery
{
    /// <summary>The most words a query keeps (<see cref="SearchTerms.MaxTerms"/>).</summary>
    public const int MaxTerms = SearchTerms.MaxTerms;

    /// <summary>The FTS5 query, or null when the text holds no word but stop words.</summary>
    public static string? FromUserText(string text)
    {
        var terms = SearchTerms.Of(Words(text));
        if (terms.Count == 0)
        {
            return null;
        }

        // Only letters, digits and marks are in a word, so no quote can end the string token early.
        var query = new StringBuilder();
        foreach (var term in terms)
        {
            query.Append(query.Length == 0 ? "\"" : " AND \"").Append(term).Append('"');
        }

        return query.ToString();
    }

    /// <summary>The distinct words of the text, in the order first typed.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text, i) || char.IsSurrogate(text[i]) || IsMark(text[i]));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                if (seen.Add(word))
                {
                    words.Add(word);
                }

                start = -1;
            }
        }

        return words;
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
