namespace PaperGraph.Core.Linking;

internal sealed partial class AhoCorasickAutomaton
{
    private const int DenseRootThreshold = 256;

    /// <summary>Builds the automaton; pattern ids are the indexes into <paramref name="patterns"/>.</summary>
    public AhoCorasickAutomaton(IReadOnlyList<string> patterns)
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
                    children.Add(new SortedList<char, int>());
                    own.Add([]);
                }

                state = next;
            }

            own[state].Add(p);
        }

        var count = children.Count;
        _edgeStart = new int[count + 1];
        for (var s = 0; s < count; s++)
        {
            _edgeStart[s + 1] = _edgeStart[s] + children[s].Count;
        }

        _edgeChar = new char[_edgeStart[count]];
        _edgeTarget = new int[_edgeStart[count]];
        for (var s = 0; s < count; s++)
        {
            var at = _edgeStart[s];
            foreach (var (c, target) in children[s])
            {
                _edgeChar[at] = c;
                _edgeTarget[at++] = target;
            }
        }

        if (patterns.Count >= DenseRootThreshold)
        {
            _root = new int[char.MaxValue + 1];
            foreach (var (c, target) in children[0])
            {
                _root[c] = target;
            }
        }

        _fail = new int[count];
        _dictionaryLink = new int[count];
        var queue = new Queue<int>(children[0].Values);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, child) in children[state])
            {
                _fail[child] = state == 0 ? 0 : Next(_fail[state], c);
                var suffix = _fail[child];
                _dictionaryLink[child] = own[suffix].Count > 0 ? suffix : _dictionaryLink[suffix];
                queue.Enqueue(child);
            }
        }

        _outputStart = new int[count + 1];
        for (var s = 0; s < count; s++)
        {
            _outputStart[s + 1] = _outputStart[s] + own[s].Count;
        }

        _outputs = own.SelectMany(o => o).ToArray();
    }
}
