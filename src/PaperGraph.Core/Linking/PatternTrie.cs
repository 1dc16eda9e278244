using System.Collections.Frozen;

namespace PaperGraph.Core.Linking;

/// <summary>
/// A trie over folded patterns, walked from a given start: the linker only accepts names that start on a token
/// boundary, so it walks from token starts instead of running an Aho–Corasick scan over every char (which also
/// follows every word-internal hit down its suffix chain). Nodes are packed into one array with their outputs
/// and edges inline, so a step touches one cache line; the root is a dense table over all chars.
/// </summary>
internal sealed partial class PatternTrie
{
    /// <summary>Above this many edges a node's edges are binary-searched; below, a linear scan is faster.</summary>
    private const int LinearEdges = 8;

    private readonly int[] _root;
    private readonly int[] _nodes; // per node: edge count, output count, outputs…, then (char, node offset) pairs by char
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _afterFirstRun;

    public int NodeCount { get; }

    /// <summary>
    /// Reports to <paramref name="sink"/> every pattern that starts at <paramref name="from"/> and does not end inside
    /// the run of letters and digits there, shortest first, then by pattern id. A pattern ending inside a run can
    /// never stand as a name (a letter or digit follows it), so the whole first run is looked up at once: most
    /// words start no pattern, and the walk for those that do begins after the word.
    /// </summary>
    public void ScanAt<TSink>(ReadOnlySpan<char> folded, int from, ref TSink sink)
        where TSink : struct, IHitSink
    {
        var runEnd = from;
        while (runEnd < folded.Length && char.IsLetterOrDigit(folded[runEnd]))
        {
            runEnd++;
        }

        int node, i;
        if (runEnd == from)
        {
            (node, i) = (_root[folded[from]], from);
        }
        else if (_afterFirstRun.TryGetValue(folded[from..runEnd], out node))
        {
            i = runEnd - 1;
        }
        else
        {
            return;
        }

        var nodes = _nodes;
        while (node > 0)
        {
            var outputs = nodes[node + 1];
            for (var o = 0; o < outputs; o++)
            {
                sink.Hit(i, nodes[node + 2 + o]);
            }

            if (++i == folded.Length)
            {
                return;
            }

            node = Child(nodes, node, folded[i]);
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
