using System.Buffers;

namespace PaperGraph.Core.Linking;

/// <summary>
/// Finds every alias of a set of entries in a field in one pass of an <see cref="AhoCorasickAutomaton"/> over
/// the folded text, then keeps the hits that stand on token boundaries and have the right case.
/// Spans index the original string. Immutable and thread-safe.
/// </summary>
internal sealed class AliasMatcher
{
    private readonly AliasPattern[] _patterns;
    private readonly AhoCorasickAutomaton _automaton;
    private readonly MatchOrigin _origin;

    public AliasMatcher(IEnumerable<CatalogEntry> entries, MatchOrigin origin)
    {
        _origin = origin;
        _patterns = entries.Where(e => e.Linkable)
            .SelectMany(e => e.Aliases.SelectMany(a => AliasVariants.Of(a.Text)
                .Select(form => new AliasPattern(e, TextFolding.Key(form), a.Exact ? form : null, a.Text))))
            .DistinctBy(p => (p.Entry.Entity.Id, p.Key, p.ExactForm))
            .ToArray();
        _automaton = new AhoCorasickAutomaton(_patterns.Select(p => p.Key).ToArray());
    }

    public int PatternCount => _patterns.Length;

    public int StateCount => _automaton.StateCount;

    public void Find(string field, List<MatchCandidate> output)
    {
        var folded = ArrayPool<char>.Shared.Rent(field.Length);
        var origins = ArrayPool<int>.Shared.Rent(field.Length);
        var hits = new List<(int End, int Pattern)>();
        try
        {
            var length = Fold(field, folded, origins);
            _automaton.Scan(folded.AsSpan(0, length), hits);
            foreach (var (end, patternId) in hits)
            {
                var pattern = _patterns[patternId];
                var start = origins[end - pattern.Key.Length + 1];
                var stop = origins[end] + 1;
                if (TokenBoundary.Accepts(field, start, stop)
                    && (pattern.ExactForm is null || TextFolding.Normalize(field.AsSpan(start, stop - start), keepCase: true) == pattern.ExactForm))
                {
                    output.Add(new MatchCandidate(start, stop, pattern, _origin));
                }
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
            return _automaton.FirstEnd(folded.AsSpan(0, Fold(field, folded, origins)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
            ArrayPool<int>.Shared.Return(origins);
        }
    }

    /// <summary>Folds into <paramref name="folded"/>, collapsing separator runs; <paramref name="origins"/> maps back.</summary>
    private static int Fold(string field, char[] folded, int[] origins)
    {
        var length = 0;
        var lastWasSpace = true;
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            if (TextFolding.IsSeparator(c))
            {
                if (lastWasSpace)
                {
                    continue;
                }

                c = ' ';
                lastWasSpace = true;
            }
            else
            {
                c = TextFolding.Fold(c);
                lastWasSpace = false;
            }

            folded[length] = c;
            origins[length++] = i;
        }

        return length;
    }
}
