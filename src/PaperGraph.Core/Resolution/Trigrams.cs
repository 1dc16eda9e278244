namespace PaperGraph.Core.Resolution;

/// <summary>Character trigrams of a key padded with two leading and one trailing space.</summary>
internal static class Trigrams
{
    public static IReadOnlySet<string> Of(string key)
    {
        var padded = "  " + key + " ";
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            set.Add(padded.Substring(i, 3));
        }

        return set;
    }

    public static double Similarity(IReadOnlySet<string> left, IReadOnlySet<string> right)
    {
        var shared = left.Count(right.Contains);
        var union = left.Count + right.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }
}
