namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// Whether a paper's long form spells a catalog entity's long form with small differences of word ending, as papers
/// write them: "retrieval augmented generation" for "Retriever-Augmented Generation", "Labeled Face in the Wild" for
/// "Labeled Faces in the Wild". Word for word, each pair equal or sharing a stem (a common prefix of at least four
/// chars and 60% of the longer word); "Sharpness-Aware Minimization" is no "Segment Anything Model".
/// </summary>
internal static class LooseLongForm
{
    /// <summary>Whether the folded words of <paramref name="longKey"/> agree with some run of words of <paramref name="textKey"/> (folded).</summary>
    public static bool Within(string longKey, string textKey)
    {
        var words = longKey.Split(' ');
        if (words.Length < 2)
        {
            return false; // one word is no expansion to compare
        }

        var text = textKey.Split(' ');
        for (var start = 0; start + words.Length <= text.Length; start++)
        {
            var all = true;
            for (var w = 0; w < words.Length && all; w++)
            {
                all = Agree(words[w], text[start + w]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Agree(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var common = a.AsSpan().CommonPrefixLength(b);
        return common >= 4 && common * 5 >= Math.Max(a.Length, b.Length) * 3;
    }
}
