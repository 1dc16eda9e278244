using PaperGraph.Core.Linking.Catalog;

namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// Finds every alias of a set of entries in a field: a <see cref="PatternTrie"/> walked from each token start of
/// the folded text, then keeps the hits that stand on token boundaries and have the right case.
/// Spans index the original string. Immutable and thread-safe.
/// </summary>
internal sealed partial class AliasMatcher
{
    /// <summary>Below this many patterns (a paper's own names) an IndexOf per pattern beats building a trie per paper.</summary>
    private const int TrieThreshold = 64;

    private readonly AliasPattern[] _patterns;
    private readonly PatternTrie? _trie;
    private readonly MatchOrigin _origin;
    private readonly Anchor[] _anchors; // without a trie: how ScanEach finds where each pattern may start

    public AliasMatcher(IEnumerable<CatalogEntry> entries, MatchOrigin origin)
        : this(entries, origin, trie: null)
    {
    }

    /// <param name="entries">The entries whose aliases to find.</param>
    /// <param name="origin">What the candidates found are marked with.</param>
    /// <param name="trie">Whether to scan with a trie; null picks by <see cref="TrieThreshold"/>. Tests compare the two ways.</param>
    internal AliasMatcher(IEnumerable<CatalogEntry> entries, MatchOrigin origin, bool? trie)
    {
        _origin = origin;
        // Loops rather than LINQ: a paper with its own names or abbreviations builds two matchers.
        var patterns = new List<AliasPattern>();
        HashSet<(string Id, string Key, string? ExactForm)>? seen = null;
        foreach (var entry in entries)
        {
            if (!entry.Linkable)
            {
                continue;
            }

            foreach (var alias in entry.Aliases)
            {
                foreach (var form in AliasVariants.Of(alias.Text))
                {
                    var pattern = new AliasPattern(entry, TextFolding.Key(form), alias.Exact ? form : null, alias.Text);
                    if (IsNew(pattern, patterns, ref seen))
                    {
                        patterns.Add(pattern);
                    }
                }
            }
        }

        _patterns = [.. patterns];
        _trie = trie ?? _patterns.Length >= TrieThreshold ? new PatternTrie(Array.ConvertAll(_patterns, p => p.Key)) : null;
        _anchors = _trie is null ? Anchors(_patterns) : [];
    }

    public int PatternCount => _patterns.Length;

    /// <summary>
    /// Whether no kept pattern has this one's entity, key and case: a paper's few patterns are compared one by one,
    /// and a set is built only once there are many (the catalog's).
    /// </summary>
    private static bool IsNew(AliasPattern pattern, List<AliasPattern> kept, ref HashSet<(string Id, string Key, string? ExactForm)>? seen)
    {
        if (seen is null && kept.Count < TrieThreshold)
        {
            foreach (var other in kept)
            {
                if (other.Entry.Entity.Id == pattern.Entry.Entity.Id && other.Key == pattern.Key && other.ExactForm == pattern.ExactForm)
                {
                    return false;
                }
            }

            return true;
        }

        seen ??= kept.Select(p => (p.Entry.Entity.Id, p.Key, p.ExactForm)).ToHashSet();
        return seen.Add((pattern.Entry.Entity.Id, pattern.Key, pattern.ExactForm));
    }

    public int NodeCount => _trie?.NodeCount ?? 0;

    public void Find(string field, List<MatchCandidate> output)
    {
        var sink = new CandidateSink(field, _patterns, _origin, output);
        if (_trie is not null)
        {
            // The trie reports hits by start and ScanEach by end; only the order of hits with the same span matters
            // downstream (the span resolver's sort is stable), and that is pattern order in both.
            _trie.Scan(field, ref sink);
        }
        else
        {
            ScanEach(field, ref sink);
        }
    }

    /// <summary>Where the leftmost alias of this set that stands on token boundaries ends in the field (exclusive), or -1.</summary>
    public int FindFirst(string field)
    {
        var found = new List<MatchCandidate>();
        Find(field, found);
        return found.Count > 0 ? found[0].End : -1;
    }
}
