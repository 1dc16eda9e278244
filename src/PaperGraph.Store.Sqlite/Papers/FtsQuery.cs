using System.Text;

namespace PaperGraph.Store.Sqlite.Papers;

/// <summary>
/// Turns what a person typed into an FTS5 query that can only mean "all these words": each run of letters
/// and digits becomes a quoted string token and the tokens are ANDed, so <c>*</c>, <c>NEAR</c>, <c>-</c>,
/// quotes, parentheses and column filters in the input are plain text, never syntax.
/// </summary>
internal static class FtsQuery
{
    /// <summary>The FTS5 query, or null when the text holds no word at all.</summary>
    public static string? FromUserText(string text)
    {
        var query = new StringBuilder();
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
                // Only letters, digits and marks reach here, so no quote can end the string token early.
                query.Append(query.Length == 0 ? "\"" : " AND \"").Append(text, start, i - start).Append('"');
                start = -1;
            }
        }

        return query.Length == 0 ? null : query.ToString();
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
