namespace PaperGraph.Core.Storage;

/// <summary>
/// The words of a search that narrow it, the same for every store: each distinct word once, English stop words left
/// out, at most <see cref="MaxTerms"/>, the first ones typed. The cost of a search grows with every term (a repeated
/// common word made SQLite's quadratic; 1,000 words overflow a Lucene query), while words past the first dozen narrow
/// a search of titles and abstracts no further, and stop words, in nearly every abstract, select nothing. A string of
/// stop words only means nothing, like a string with no word.
/// </summary>
public static class SearchTerms
{
    /// <summary>More words than this narrow a search of titles and abstracts no further.</summary>
    public const int MaxTerms = 12;

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "has", "have", "in", "is", "it",
        "its", "of", "on", "or", "our", "that", "the", "their", "these", "this", "to", "we", "which", "with",
    };

    /// <summary>
    /// Whether a search for <paramref name="text"/> selects nothing: it has no word (run of letters and digits) but stop
    /// words ("AS", "On the"). The linker asks it of names, as relinking finds the papers a name may be in by search.
    /// </summary>
    public static bool SelectsNothing(ReadOnlySpan<char> text)
    {
        var stopWords = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                if (!stopWords.Contains(text[start..i]))
                {
                    return false;
                }

                start = -1;
            }
        }

        return true;
    }

    /// <summary>The terms of <paramref name="distinctWords"/> (a store's words of the text, each once, in order).</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string> distinctWords) =>
        [.. distinctWords.Where(word => !StopWords.Contains(word)).Take(MaxTerms)];
}
