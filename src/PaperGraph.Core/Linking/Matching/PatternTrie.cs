using System.Buffers;
using System.Text;

namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// A trie over folded patterns, walked from token starts only: the linker accepts a name only where it starts on a
/// token boundary, so instead of an Aho–Corasick pass over every char (which also follows every word-internal hit
/// down its suffix chain) each word is looked up whole (<see cref="FirstWords"/>) and the walk goes on only for
/// the few words that begin some pattern. Nodes are packed into one array with their outputs and edges inline, so
/// a step touches one cache line.
/// </summary>
internal sealed partial class PatternTrie
{
    /// <summary>Above this many edges a node's edges are binary-searched; below, a linear scan is faster.</summary>
    private const int LinearEdges = 8;

    private readonly int[] _root; // dense over all chars, for tokens that start with a symbol
    private readonly int[] _nodes; // per node: edge count, output count, outputs…, then (char, node offset) pairs by char
    private readonly FirstWords _firstWords;

    public int NodeCount { get; }

    /// <summary>
    /// Reports to <paramref name="sink"/> every pattern that starts at a token start of <paramref name="field"/> as
    /// folded by <see cref="TextFolding.FoldForMatch"/> (a letter or digit after none, or a symbol other than a
    /// separator after none) and does not end inside a run of letters and digits: a letter or digit would follow
    /// it, so it could never stand as a name. Hits come by start, then shortest first, then by pattern id, as
    /// spans of the field. The field is folded as the scan goes, only where a word may begin a pattern, rather
    /// than copied whole: most words begin none.
    /// </summary>
    public void Scan<TSink>(ReadOnlySpan<char> field, ref TSink sink)
        where TSink : struct, IHitSink
    {
        if (Ascii.IsValid(field))
        {
            ScanAscii(field, ref sink); // nearly every field
        }
        else
        {
            ScanAny(field, ref sink);
        }
    }

    /// <summary><see cref="Scan{TSink}"/> for any field, char by char.</summary>
    internal void ScanAny<TSink>(ReadOnlySpan<char> field, ref TSink sink)
        where TSink : struct, IHitSink
    {
        // A pooled buffer, not stackalloc: a method with stackalloc is compiled once, without the profile-guided tier.
        var buffer = ArrayPool<char>.Shared.Rent(_firstWords.LongestWord);
        var word = buffer.AsSpan(0, _firstWords.LongestWord);
        var afterLetterOrDigit = false;
        for (var i = 0; i < field.Length;)
        {
            var f = TextFolding.FoldForMatch(field[i]);
            if (f == TextFolding.Separator || !char.IsLetterOrDigit((char)f))
            {
                if (f != TextFolding.Separator && !afterLetterOrDigit)
                {
                    Walk(field, i, i, _root[f], ref sink);
                }

                afterLetterOrDigit = false;
                i++;
                continue;
            }

            // A word longer than every first word is read to its end but never looked up.
            var start = i;
            var length = 0;
            do
            {
                if (length < word.Length)
                {
                    word[length] = (char)f;
                }

                length++;
            }
            while (++i < field.Length && (f = TextFolding.FoldForMatch(field[i])) != TextFolding.Separator && char.IsLetterOrDigit((char)f));

            afterLetterOrDigit = true;
            if (DepthStem(field.Slice(start, length)) is var stem and > 0 && stem <= word.Length)
            {
                ReportStem(field, start, stem, word, ref sink); // "ResNet" in "ResNet50"
            }

            if (length > word.Length)
            {
                continue;
            }

            var key = FirstWordKey.Of(word[..length]);
            var hash = key.Hash;
            var node = _firstWords.MayHold(hash) ? _firstWords.Find(key, hash, word[..length]) : 0;
            if (node > 0)
            {
                Walk(field, start, i - 1, node, ref sink);
            }
        }

        ArrayPool<char>.Shared.Return(buffer);
    }

    /// <summary>
    /// Reports the outputs of <paramref name="node"/>, reached with the field's char at <paramref name="at"/>, and
    /// of every node further along the field, as spans from <paramref name="start"/>.
    /// </summary>
    private void Walk<TSink>(ReadOnlySpan<char> field, int start, int at, int node, ref TSink sink)
        where TSink : struct, IHitSink
    {
        var nodes = _nodes;
        while (node > 0)
        {
            var outputs = nodes[node + 1];
            for (var o = 0; o < outputs; o++)
            {
                sink.Hit(start, at + 1, nodes[node + 2 + o]);
            }

            if (++at == field.Length)
            {
                return;
            }

            var f = TextFolding.FoldForMatch(field[at]);
            if (f == TextFolding.Separator)
            {
                while (at + 1 < field.Length && TextFolding.FoldForMatch(field[at + 1]) == TextFolding.Separator)
                {
                    at++; // a separator run is one space; patterns never end with one, so no hit ends in it
                }

                f = ' ';
            }

            node = Child(nodes, node, (char)f);
        }
    }

    private static int Child(int[] nodes, int node, char c)
    {
        var count = nodes[node];
        var edges = node + 2 + nodes[node + 1];
        if (count <= LinearEdges)
        {
            for (var e = 0; e < count; e++)
            {
                var at = edges + (e << 1);
                if (nodes[at] == c)
                {
                    return nodes[at + 1];
                }
            }

            return 0;
        }

        int low = 0, high = count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var probe = nodes[edges + (mid << 1)];
            if (probe == c)
            {
                return nodes[edges + (mid << 1) + 1];
            }

            if (probe < c)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return 0;
    }
}
