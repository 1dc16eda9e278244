using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Resolution;

/// <summary>
/// Every entity name and alias, indexed three ways: lower-cased surface (exact), normalised key, and
/// trigram (misspellings). Immutable once built; <see cref="AliasIndexCache"/> swaps in a new one.
/// </summary>
public sealed class AliasIndex
{
    private readonly Dictionary<string, List<AliasEntry>> _bySurface = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AliasEntry>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AliasEntry>> _byTrigram = new(StringComparer.Ordinal);

    public AliasIndex(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            Entities[entity.Id] = entity;
            foreach (var surface in entity.Aliases.Prepend(entity.Name).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var key = AliasKey.Normalize(surface);
                if (key.Length == 0)
                {
                    continue;
                }

                var entry = new AliasEntry(entity.Id, surface, key, Trigrams.Of(key));
                Add(_bySurface, surface.Trim().ToLowerInvariant(), entry);
                Add(_byKey, key, entry);
                foreach (var trigram in entry.Trigrams)
                {
                    Add(_byTrigram, trigram, entry);
                }
            }
        }
    }

    public Dictionary<string, Entity> Entities { get; } = new(StringComparer.Ordinal);

    internal IReadOnlyList<AliasEntry> BySurface(string surface) => _bySurface.GetValueOrDefault(surface.Trim().ToLowerInvariant()) ?? [];

    internal IReadOnlyList<AliasEntry> ByKey(string key) => _byKey.GetValueOrDefault(key) ?? [];

    /// <summary>
    /// Every entry that may share at least <paramref name="minShared"/> of <paramref name="trigrams"/>, and
    /// some others. Prefix filter: such an entry holds one of the <c>q − minShared + 1</c> rarest of the
    /// query's q trigrams, so the longest posting lists (" co", "ion", …), which hold most of the index,
    /// are never walked; the caller checks each entry exactly.
    /// </summary>
    internal IEnumerable<AliasEntry> SharingTrigrams(IReadOnlySet<string> trigrams, int minShared)
    {
        var rarest = trigrams
            .Select(t => _byTrigram.GetValueOrDefault(t) ?? [])
            .OrderBy(list => list.Count)
            .Take(Math.Max(1, trigrams.Count - Math.Max(1, minShared) + 1));
        return rarest.SelectMany(list => list).Distinct();
    }

    private static void Add(Dictionary<string, List<AliasEntry>> map, string key, AliasEntry entry)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(entry);
    }
}
