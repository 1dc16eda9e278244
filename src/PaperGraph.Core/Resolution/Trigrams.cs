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

    /// <summary>Jaccard similarity of two trigram sets given as ascending, distinct numbers (a merge, no hashing).</summary>
    public static double Similarity(int[] left, int[] right)
    {
        var shared = 0;
        for (int i = 0, j = 0; i < left.Length && j < right.Length;)
        {
            if (left[i] == right[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var union = left.Length + right.Length - shared;
        return union == 0 ? 0 : (double)shared / union;
    }
}
