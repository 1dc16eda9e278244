namespace PaperGraph.Core.Linking.Matching;

internal sealed partial class PatternTrie
{
    /// <summary>Builds the trie; pattern ids are the indexes into <paramref name="patterns"/>. Patterns are non-empty.</summary>
    public PatternTrie(IReadOnlyList<string> patterns)
    {
        var children = new List<SortedList<char, int>> { new() };
        var own = new List<List<int>> { new() };
        for (var p = 0; p < patterns.Count; p++)
        {
            var state = 0;
            foreach (var c in patterns[p])
            {
                if (!children[state].TryGetValue(c, out var next))
                {
                    next = children.Count;
                    children[state].Add(c, next);
                    children.Add([]);
                    own.Add([]);
                }

                state = next;
            }

            own[state].Add(p);
        }

        // States keep insertion order, so the chain of one long pattern's own states is contiguous in memory.
        NodeCount = children.Count;
        var offsets = new int[NodeCount];
        var size = 0;
        for (var s = 0; s < NodeCount; s++)
        {
            offsets[s] = size;
            size += 2 + own[s].Count + (2 * children[s].Count);
        }

        _nodes = new int[size];
        for (var s = 0; s < NodeCount; s++)
        {
            var at = offsets[s];
            _nodes[at++] = children[s].Count;
            _nodes[at++] = own[s].Count;
            foreach (var p in own[s])
            {
                _nodes[at++] = p;
            }

            foreach (var (c, target) in children[s])
            {
                _nodes[at++] = c;
                _nodes[at++] = offsets[target];
            }
        }

        _root = new int[char.MaxValue + 1];
        foreach (var (c, target) in children[0])
        {
            _root[c] = offsets[target];
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
                    state = children[state][c];
                }

                afterFirstRun[pattern[..run]] = offsets[state];
            }
        }

        _firstWords = new FirstWords(afterFirstRun);
    }
}
