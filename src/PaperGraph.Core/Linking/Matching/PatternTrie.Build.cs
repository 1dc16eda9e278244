namespace PaperGraph.Core.Linking.Matching;

internal sealed partial class PatternTrie
{
    /// <summary>Builds the trie; pattern ids are the indexes into <paramref name="patterns"/>. Patterns are non-empty.</summary>
    /// <remarks>
    /// The packed nodes are written straight from the patterns in ordinal order, depth first, with no node objects in
    /// between: a builder with a sorted edge list and an output list per node took about 250 bytes a node, which for
    /// the introduced entities of the full corpus (a merged segment of over a million nodes) was the ingest's peak
    /// memory. Depth first keeps the chain of one long pattern's states contiguous in memory; ordinal order gives
    /// each node its edges by char and its outputs by pattern id, as the scan expects.
    /// </remarks>
    public PatternTrie(IReadOnlyList<string> patterns)
    {
        var order = new int[patterns.Count];
        for (var p = 0; p < order.Length; p++)
        {
            order[p] = p;
        }

        Array.Sort(order, (a, b) => string.CompareOrdinal(patterns[a], patterns[b]) is var c and not 0 ? c : a.CompareTo(b));

        // Every node but the root has one incoming edge: 2 header ints per node, 2 per edge, 1 per output.
        var nodeCount = 1;
        for (var i = 0; i < order.Length; i++)
        {
            var pattern = patterns[order[i]];
            nodeCount += pattern.Length - (i == 0 ? 0 : CommonPrefix(patterns[order[i - 1]], pattern));
        }

        NodeCount = nodeCount;
        _nodes = new int[(2 * nodeCount) + patterns.Count + (2 * (nodeCount - 1))];
        var written = 0;

        // A node is the patterns order[low..high) sharing their first `depth` chars; `edge` is the parent's slot for its offset.
        var pending = new Stack<(int Low, int High, int Depth, int Edge)>();
        var children = new List<(int Low, int High)>();
        pending.Push((0, order.Length, 0, -1));
        while (pending.TryPop(out var node))
        {
            var at = written;
            if (node.Edge >= 0)
            {
                _nodes[node.Edge] = at;
            }

            var ended = node.Low;
            while (ended < node.High && patterns[order[ended]].Length == node.Depth)
            {
                ended++;
            }

            children.Clear();
            for (var i = ended; i < node.High;)
            {
                var c = patterns[order[i]][node.Depth];
                var end = i + 1;
                while (end < node.High && patterns[order[end]][node.Depth] == c)
                {
                    end++;
                }

                children.Add((i, end));
                i = end;
            }

            _nodes[at] = children.Count;
            _nodes[at + 1] = ended - node.Low;
            var slot = at + 2;
            for (var i = node.Low; i < ended; i++)
            {
                _nodes[slot++] = order[i];
            }

            var edges = slot;
            for (var k = 0; k < children.Count; k++)
            {
                _nodes[edges + (2 * k)] = patterns[order[children[k].Low]][node.Depth];
            }

            written = edges + (2 * children.Count);
            for (var k = children.Count - 1; k >= 0; k--)
            {
                pending.Push((children[k].Low, children[k].High, node.Depth + 1, edges + (2 * k) + 1));
            }
        }

        _root = new int[char.MaxValue + 1];
        for (var e = 0; e < _nodes[0]; e++)
        {
            _root[_nodes[2 + _nodes[1] + (2 * e)]] = _nodes[2 + _nodes[1] + (2 * e) + 1];
        }

        var afterFirstRun = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            var run = 0;
            while (run < pattern.Length && char.IsLetterOrDigit(pattern[run]))
            {
                run++;
            }

            if (run > 0 && !afterFirstRun.ContainsKey(pattern[..run]))
            {
                var state = 0;
                foreach (var c in pattern.AsSpan(0, run))
                {
                    state = Child(_nodes, state, c);
                }

                afterFirstRun[pattern[..run]] = state;
            }
        }

        _firstWords = new FirstWords(afterFirstRun);
    }

    private static int CommonPrefix(string a, string b) => a.AsSpan().CommonPrefixLength(b);
}
