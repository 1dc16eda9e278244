using System.Collections.Frozen;
using System.Collections.Immutable;
using PaperGraph.Core.Linking.Catalog;

namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// Finds the aliases of introduced entities, kept as a few immutable segments so that a batch's changes cost
/// about the size of the batch, not of the store. Rebuilding one matcher over every introduced entity on every
/// batch made the cost per paper of a linking ingest grow with the store, and its garbage the memory.
/// <para>
/// A changed entity goes into a new segment; <see cref="_owner"/> says which segment holds each live entity, and
/// hits from an older copy are dropped. Segments merge when the newest is at least a quarter of the one before it
/// (size-tiered, as log-structured stores do), so there are O(log n) of them and each entity is rebuilt O(log n)
/// times over a whole ingest. The answers are those of one matcher built over the live entities
/// (<c>IntroducedMatcherAgreementTests</c>): hits of one span come in entity id order, then pattern order.
/// </para>
/// </summary>
internal sealed class IntroducedMatcher
{
    /// <summary>How much smaller than the segment before it the newest segment may be before they merge.</summary>
    private const int TierRatio = 4;

    private readonly ImmutableArray<Segment> _segments;
    private readonly ImmutableArray<int> _liveCounts; // per segment: how many of its entries _owner points at
    private readonly ImmutableDictionary<string, Segment> _owner;
    private CatalogEntry[]? _live;

    public static IntroducedMatcher Empty { get; } = new([], [], ImmutableDictionary.Create<string, Segment>(StringComparer.Ordinal));

    private IntroducedMatcher(ImmutableArray<Segment> segments, ImmutableArray<int> liveCounts, ImmutableDictionary<string, Segment> owner)
    {
        _segments = segments;
        _liveCounts = liveCounts;
        _owner = owner;
    }

    public int SegmentCount => _segments.Length;

    /// <summary>Patterns of every segment, replaced entries' included.</summary>
    public int PatternCount => _segments.Sum(s => s.Matcher.PatternCount);

    /// <summary>The live entries in id order, as one matcher over them would hold them.</summary>
    public IReadOnlyList<CatalogEntry> Entries => _live ??=
        [.. _segments.SelectMany(s => LiveIn(s, _owner)).OrderBy(e => e.Entity.Id, StringComparer.Ordinal)];

    /// <summary>One segment of these entries (ids distinct), as a dictionary built from scratch holds them.</summary>
    public static IntroducedMatcher Of(IReadOnlyList<CatalogEntry> entries) => Empty.With(entries, []);

    /// <summary>
    /// A matcher where <paramref name="upserted"/> (ids distinct) replace the entries of their ids and
    /// <paramref name="removed"/> ids are gone; an id upserted with no linkable entry is passed as removed.
    /// This one is unchanged.
    /// </summary>
    public IntroducedMatcher With(IReadOnlyList<CatalogEntry> upserted, IEnumerable<string> removed)
    {
        var segments = _segments.ToList();
        var live = _liveCounts.ToList();
        var owner = _owner.ToBuilder();
        foreach (var id in removed.Concat(upserted.Select(e => e.Entity.Id)))
        {
            if (owner.TryGetValue(id, out var old))
            {
                live[segments.IndexOf(old)]--;
                owner.Remove(id);
            }
        }

        if (upserted.Count > 0)
        {
            var added = new Segment(upserted);
            foreach (var entry in upserted)
            {
                owner[entry.Entity.Id] = added;
            }

            segments.Add(added);
            live.Add(upserted.Count);
        }

        // A segment whose entries were all replaced or removed matches nothing.
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            if (live[i] == 0)
            {
                segments.RemoveAt(i);
                live.RemoveAt(i);
            }
        }

        // Merge from the newest while it has grown to a quarter of the one before, counting live entries only.
        while (segments.Count > 1 && live[^1] * TierRatio >= live[^2])
        {
            var (older, newer) = (segments[^2], segments[^1]);
            var merged = new Segment([.. LiveIn(older, owner), .. LiveIn(newer, owner)]);
            foreach (var entry in merged.Entries)
            {
                owner[entry.Entity.Id] = merged;
            }

            var count = live[^1] + live[^2];
            segments.RemoveRange(segments.Count - 2, 2);
            live.RemoveRange(live.Count - 2, 2);
            segments.Add(merged);
            live.Add(count);
        }

        return new IntroducedMatcher([.. segments], [.. live], owner.ToImmutable());
    }

    public void Find(string field, List<MatchCandidate> output)
    {
        var first = output.Count;
        var found = 0;
        foreach (var segment in _segments)
        {
            var before = output.Count;
            segment.Matcher.Find(field, output);
            var kept = before;
            for (var i = before; i < output.Count; i++)
            {
                if (_owner.GetValueOrDefault(output[i].Pattern.Entry.Entity.Id) == segment)
                {
                    output[kept++] = output[i];
                }
            }

            output.RemoveRange(kept, output.Count - kept);
            found += kept > before ? 1 : 0;
        }

        if (found > 1)
        {
            // One matcher lists the hits of a span in pattern order, i.e. entity id order; segments each keep their
            // own pattern order, so a stable sort by span, then id, gives the same list for every span.
            var hits = output.GetRange(first, output.Count - first)
                .OrderBy(c => c.Start).ThenBy(c => c.End).ThenBy(c => c.Pattern.Entry.Entity.Id, StringComparer.Ordinal)
                .ToArray();
            output.RemoveRange(first, hits.Length);
            output.AddRange(hits);
        }
    }

    /// <summary>Live entries with an alias whose folded key is this one, in id order.</summary>
    public IReadOnlyList<CatalogEntry>? FindByKey(string key)
    {
        List<CatalogEntry>? found = null;
        var segmentsFound = 0;
        foreach (var segment in _segments)
        {
            if (segment.ByKey.GetValueOrDefault(key) is not { } entries)
            {
                continue;
            }

            var before = found?.Count ?? 0;
            foreach (var entry in entries)
            {
                if (_owner.GetValueOrDefault(entry.Entity.Id) == segment)
                {
                    (found ??= []).Add(entry);
                }
            }

            segmentsFound += (found?.Count ?? 0) > before ? 1 : 0;
        }

        if (segmentsFound > 1)
        {
            found!.Sort((a, b) => string.CompareOrdinal(a.Entity.Id, b.Entity.Id));
        }

        return found;
    }

    private static IEnumerable<CatalogEntry> LiveIn(Segment segment, IReadOnlyDictionary<string, Segment> owner) =>
        segment.Entries.Where(e => owner.GetValueOrDefault(e.Entity.Id) == segment);

    /// <summary>Entries in id order, their matcher and their aliases by folded key; never changed once built.</summary>
    private sealed class Segment
    {
        public Segment(IReadOnlyList<CatalogEntry> entries)
        {
            Entries = [.. entries.OrderBy(e => e.Entity.Id, StringComparer.Ordinal)];
            Matcher = new AliasMatcher(Entries, MatchOrigin.Introduced);
            ByKey = Entries
                .SelectMany(e => e.Aliases.Select(a => (Key: TextFolding.Key(a.Text), Entry: e)))
                .GroupBy(p => p.Key, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Entry).Distinct().ToArray(), StringComparer.Ordinal);
        }

        public CatalogEntry[] Entries { get; }

        public AliasMatcher Matcher { get; }

        public FrozenDictionary<string, CatalogEntry[]> ByKey { get; }
    }
}
