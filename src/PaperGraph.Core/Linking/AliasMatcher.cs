using System.Buffers;

namespace PaperGraph.Core.Linking;

/// <summary>
/// Finds every alias of a set of entries in a field in one pass of an <see cref="AhoCorasickAutomaton"/> over
/// the folded text, then keeps the hits that stand on token boundaries and have the right case.
/// Spans index the original string. Immutable and thread-safe.
/// </summary>
internal sealed partial class AliasMatcher
{
    /// <summary>Below this many patterns (a paper's own names) an IndexOf per pattern beats building an automaton per paper.</summary>
    private const int AutomatonThreshold = 64;

    private readonly AliasPattern[] _patterns;
    private readonly AhoCorasickAutomaton? _automaton;
    private readonly MatchOrigin _origin;

    public AliasMatcher(IEnumerable<CatalogEntry> entries, MatchOrigin origin)
    {
        _origin = origin;
        _patterns = entries.Where(e => e.Linkable)
            .SelectMany(e => e.Aliases.SelectMany(a => AliasVariants.Of(a.Text)
                .Select(form => new AliasPattern(e, TextFolding.Key(form), a.Exact ? form : null, a.Text))))
            .DistinctBy(p => (p.Entry.Entity.Id, p.Key, p.ExactForm))
            .ToArray();
        _automaton = _patterns.Length >= AutomatonThreshold ? new AhoCorasickAutomaton(_patterns.Select(p => p.Key).ToArray()) : null;
    }

    public int PatternCount => _patterns.Length;

    public int StateCount => _automaton?.StateCount ?? 0;

    public void Find(string field, List<MatchCandidate> output)
    {
        var folded = ArrayPool<char>.Shared.Rent(field.Length);
        var origins = ArrayPool<int>.Shared.Rent(field.Length);
        try
        {
            var length = TextFolding.FoldField(field, folded, origins);
            var sink = new CandidateSink(field, origins, _patterns, _origin, output);
            if (_automaton is not null)
            {
                ScanTokenStarts(field, folded.AsSpan(0, length), origins, ref sink);
            }
            else
            {
                ScanEach(folded.AsSpan(0, length), ref sink);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
            ArrayPool<int>.Shared.Return(origins);
        }
    }

    /// <summary>Index of the first folded position where some alias ends, or -1 (a floor for throughput comparisons).</summary>
    public int FindFirst(string field)
    {
        var folded = ArrayPool<char>.Shared.Rent(field.Length);
        var origins = ArrayPool<int>.Shared.Rent(field.Length);
        try
        {
            var span = folded.AsSpan(0, TextFolding.FoldField(field, folded, origins));
            return _automaton?.FirstEnd(span) ?? -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
            ArrayPool<int>.Shared.Return(origins);
        }
    }

    /// <summary>
    /// Walks the automaton only where a name can start: a token boundary rejects any span whose previous char is a
    /// letter or digit, so those starts are skipped before any work. Hits come by start, not by end as a full scan
    /// gives them; only the order of hits with the same span matters downstream, and that is pattern order in both.
    /// </summary>
    private void ScanTokenStarts(string field, ReadOnlySpan<char> folded, int[] origins, ref CandidateSink sink)
    {
        for (var at = 0; at < folded.Length; at++)
        {
            var origin = origins[at];
            if (folded[at] == ' ' || (origin > 0 && char.IsLetterOrDigit(field[origin - 1])))
            {
                continue;
            }

            _automaton!.ScanAt(folded, at, ref sink);
        }
    }

    /// <summary>
    /// The automaton's hits for a few patterns, found with one vectorised IndexOf per pattern and reported in the
    /// automaton's order (by end, longest first, then pattern id), so both paths give identical candidates.
    /// </summary>
    private void ScanEach(ReadOnlySpan<char> folded, ref CandidateSink sink)
    {
        List<(int End, int NegativeLength, int Pattern)>? hits = null;
        for (var p = 0; p < _patterns.Length; p++)
        {
            var key = _patterns[p].Key;
            for (var from = 0; from <= folded.Length - key.Length;)
            {
                var at = folded[from..].IndexOf(key, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                (hits ??= []).Add((from + at + key.Length - 1, -key.Length, p));
                from += at + 1;
            }
        }

        if (hits is null)
        {
            return;
        }

        hits.Sort();
        foreach (var (end, _, pattern) in hits)
        {
            sink.Hit(end, pattern);
        }
    }
}
