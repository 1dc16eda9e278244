using System.Text;

namespace PaperGraph.Store.Sqlite.Papers;

/// <summary>
/// Turns what a person typed into an FTS5 query that can only mean "all these words": each run of letters
/// and digits becomes a quoted string token and the tokens are ANDed, so <c>*</c>, <c>NEAR</c>, <c>-</c>,
/// quotes, parentheses and column filters in the input are plain text, never syntax.
/// </summary>
/// <remarks>
/// The cost of an FTS5 AND grows with every term (a repeated common word made it quadratic), so the query is
/// bounded by what it means, not by what was typed: a word is kept once (case-insensitively), English stop
/// words are dropped, and at most <see cref="MaxTerms"/> words are kept, the first ones typed. Text of stop
/// words only means nothing, like text with no word: ranking the tens of thousands of papers holding
/// "the" and "of" cost hundreds of milliseconds, to order papers by words that say nothing about them.
/// </remarks>
internal static class FtsQuery
{
    /// <summary>More words than this narrow a search of titles and abstracts no further.</summary>
    public const int MaxTerms = 12;

    /// <summary>The FTS5 query, or null when the text holds no word but stop words.</summary>
    public static string? FromUserText(string text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return null;
        }

        var terms = words.Where(w => !FtsStopWords.Contains(w)).Take(MaxTerms).ToList();
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
