namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// Where a field holds URLs, from <c>http://</c> or <c>https://</c> to the next white space: a name inside one
/// ("github.com/org/LLaMA-2") is part of an address, not a mention.
/// </summary>
internal static class UrlSpans
{
    /// <summary>Removes the candidates that start inside a URL of the field; a field without "://" costs one search.</summary>
    public static void RemoveInside(string field, List<MatchCandidate> candidates)
    {
        for (var scheme = field.IndexOf("://", StringComparison.Ordinal); scheme >= 0; scheme = field.IndexOf("://", scheme + 3, StringComparison.Ordinal))
        {
            var start = StartOf(field, scheme);
            if (start < 0)
            {
                continue;
            }

            var end = scheme + 3;
            while (end < field.Length && !char.IsWhiteSpace(field[end]))
            {
                end++;
            }

            candidates.RemoveAll(c => c.Start >= start && c.Start < end);
        }
    }

    /// <summary>Where "http" or "https" before "://" starts, or -1 for another scheme.</summary>
    private static int StartOf(string field, int scheme)
    {
        foreach (var name in (ReadOnlySpan<string>)["https", "http"])
        {
            var start = scheme - name.Length;
            if (start >= 0 && string.Compare(field, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return start;
            }
        }

        return -1;
    }
}
