using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Resolution;

/// <summary>
/// Every entity name and alias, indexed three ways: lower-cased surface (exact), normalised key, and
/// trigram (misspellings), with how many papers mention each entity (so a name nothing uses never wins over
/// one papers use). Immutable once built; <see cref="AliasIndexCache"/> swaps in a new one.
/// </summary>
public sealed class AliasIndex
{
    private readonly Dictionary<string, List<AliasEntry>> _bySurface = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AliasEntry>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AliasEntry>> _byTrigram = new(StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<string, long> _papersMentioning;

    /// <param name="entities">Every entity.</param>
    /// <param name="papersMentioning">Distinct papers mentioning each entity (<c>IGraphStore.CountPapersMentioningAsync</c>); absent or empty when nothing was linked yet.</param>
    public AliasIndex(IEnumerable<Entity> entities, IReadOnlyDictionary<string, long>? papersMentioning = null)
    {
        _papersMentioning = papersMentioning ?? new Dictionary<string, long>(StringComparer.Ordinal);
        HasMentions = _papersMentioning.Values.Any(count => count > 0);
        foreach (var entity in entities)
        {
            Entities[entity.Id] = entity;
            var nameKey = AliasKey.Normalize(entity.Name);
            foreach (var surface in entity.Aliases.Prepend(entity.Name).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var key = AliasKey.Normalize(surface);
                if (key.Length == 0)
                {
                    continue;
                }

                var entry = new AliasEntry(entity.Id, surface, key, Trigrams.Of(key), VersionSuffix.AreVersions(key, nameKey));
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

    /// <summary>True when some paper mentions some entity: only then does "nothing mentions it" tell entities apart.</summary>
    public bool HasMentions { get; }

    public long PapersMentioning(string entityId) => _papersMentioning.GetValueOrDefault(entityId);

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
