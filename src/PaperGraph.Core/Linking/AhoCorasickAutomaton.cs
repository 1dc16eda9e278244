namespace PaperGraph.Core.Linking;

/// <summary>
/// An Aho–Corasick automaton over folded text: one pass finds every occurrence of every pattern. The root has a
/// dense table over all chars; deeper states keep sorted edge lists (most have one child), so the whole
/// catalog fits in a few MB.
/// </summary>
internal sealed partial class AhoCorasickAutomaton
{
    private readonly int[]? _root; // dense only for big dictionaries: a paper-local one would pay 256 KB per paper
    private readonly int[] _edgeStart;
    private readonly char[] _edgeChar;
    private readonly int[] _edgeTarget;
    private readonly int[] _fail;
    private readonly int[] _outputStart;
    private readonly int[] _outputs;
    private readonly int[] _dictionaryLink;

    public int StateCount => _fail.Length;

    /// <summary>
    /// Feeds <paramref name="folded"/> through the automaton and reports (end index inclusive, pattern id) for every
    /// hit to <paramref name="sink"/>: by end, then longest pattern first, then pattern id. A struct sink is
    /// inlined, so no hit list is built: most hits end inside a word and the sink drops them at once.
    /// </summary>
    public void Scan<TSink>(ReadOnlySpan<char> folded, ref TSink sink)
        where TSink : struct, IHitSink
    {
        var state = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            state = Next(state, folded[i]);
            var reporting = _outputStart[state] < _outputStart[state + 1] ? state : _dictionaryLink[state];
            while (reporting > 0)
            {
                for (var o = _outputStart[reporting]; o < _outputStart[reporting + 1]; o++)
                {
                    sink.Hit(i, _outputs[o]);
                }

                reporting = _dictionaryLink[reporting];
            }
        }
    }

    /// <summary>
    /// Reports every pattern that starts at <paramref name="from"/>, walking the trie's edges only (no failure links),
    /// shortest first. A linker that only accepts names starting on a token boundary calls this at token starts:
    /// far fewer steps than a full scan, which also follows every word-internal hit down its suffix chain.
    /// </summary>
    public void ScanAt<TSink>(ReadOnlySpan<char> folded, int from, ref TSink sink)
        where TSink : struct, IHitSink
    {
        var state = _root is null ? Edge(0, folded[from]) : _root[folded[from]];
        for (var i = from; state > 0;)
        {
            for (var o = _outputStart[state]; o < _outputStart[state + 1]; o++)
            {
                sink.Hit(i, _outputs[o]);
            }

            if (++i == folded.Length)
            {
                return;
            }

            state = Edge(state, folded[i]);
        }
    }

    /// <summary>The first index where any pattern ends, or -1; for measuring against other scanners.</summary>
    public int FirstEnd(ReadOnlySpan<char> folded)
    {
        var state = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            state = Next(state, folded[i]);
            if (_outputStart[state] < _outputStart[state + 1] || _dictionaryLink[state] > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private int Next(int state, char c)
    {
        while (state != 0)
        {
            var target = Edge(state, c);
            if (target >= 0)
            {
                return target;
            }

            state = _fail[state];
        }

        return _root is null ? Math.Max(Edge(0, c), 0) : _root[c];
    }

    private int Edge(int state, char c)
    {
        int low = _edgeStart[state], high = _edgeStart[state + 1] - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var probe = _edgeChar[mid];
            if (probe == c)
            {
                return _edgeTarget[mid];
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

        return -1;
    }
}
