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
        var words = new HashSet<string>(StringComparer.Ordinal);
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
                var word = text[start..i].ToLowerInvariant();
                if (word.Length >= 3 && !StopWords.Contains(word))
                {
                    words.Add(word);
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
