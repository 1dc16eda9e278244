namespace PaperGraph.Core.Exploration;

/// <summary>Jaccard overlap of content words (three letters or more, common English words left out).</summary>
internal static class TextSimilarity
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "that", "this", "from", "are", "our", "can", "which", "these", "their",
        "its", "into", "has", "have", "was", "were", "been", "not", "but", "also", "such", "than", "more",
        "both", "while", "we", "using", "use", "used", "based", "show", "new", "model", "models", "method",
        "methods", "paper", "propose", "proposed", "approach", "results", "performance", "data", "via",
    };

    public static IReadOnlySet<string> Words(string text)
    {
        // Lower-cased into a buffer and looked up as a span: a string is made only for a word not yet in the set
        // (related papers tokenise a hundred abstracts per call; two strings per word were most of its time).
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var stopWords = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[128];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var length = i - start;
                if (length >= 3)
                {
                    var word = length <= buffer.Length ? buffer[..length] : new char[length];
                    text.AsSpan(start, length).ToLowerInvariant(word);
                    if (!stopWords.Contains(word))
                    {
                        lookup.Add(word);
                    }
                }

                start = -1;
            }
        }

        return words;
    }

    public static double Jaccard(IReadOnlySet<string> left, IReadOnlySet<string> right)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var shared = left.Count(right.Contains);
        return (double)shared / (left.Count + right.Count - shared);
    }
}
