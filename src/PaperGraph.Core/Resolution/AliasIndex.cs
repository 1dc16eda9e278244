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
    // Trigrams are numbered as the index meets them, so entries hold sorted int arrays compared by merging.
    private readonly Dictionary<string, int> _trigramNumbers = new(StringComparer.Ordinal);
    private readonly List<List<AliasEntry>> _byTrigram = [];
    private readonly List<AliasEntry> _entries = [];

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

                var entry = new AliasEntry(entity.Id, surface, key, Number(Trigrams.Of(key)), VersionSuffix.AreVersions(key, nameKey));
                _entries.Add(entry);
                Add(_bySurface, surface.Trim().ToLowerInvariant(), entry);
                Add(_byKey, key, entry);
                foreach (var trigram in entry.Trigrams)
                {
                    _byTrigram[trigram].Add(entry);
                }
            }
        }

        // By key length, stably (equal lengths keep the order built), for SharingTrigrams' length window.
        for (var t = 0; t < _byTrigram.Count; t++)
        {
            _byTrigram[t] = [.. _byTrigram[t].OrderBy(e => e.Key.Length)];
        }
    }

    public Dictionary<string, Entity> Entities { get; } = new(StringComparer.Ordinal);

    /// <summary>True when some paper mentions some entity: only then does "nothing mentions it" tell entities apart.</summary>
    public bool HasMentions { get; }

    public long PapersMentioning(string entityId) => _papersMentioning.GetValueOrDefault(entityId);

    internal IReadOnlyList<AliasEntry> BySurface(string surface) => _bySurface.GetValueOrDefault(surface.Trim().ToLowerInvariant()) ?? [];

    internal IReadOnlyList<AliasEntry> ByKey(string key) => _byKey.GetValueOrDefault(key) ?? [];

    /// <summary>Every entry, in the order built (tests compare the trigram filter with a scan of all of them).</summary>
    internal IReadOnlyList<AliasEntry> Entries => _entries;

    /// <summary>
    /// The trigrams of <paramref name="key"/> as this index numbers them, ascending; a trigram no entry has gets a
    /// negative number of its own, so it still counts in the query's size and matches no entry's trigram (two
    /// such queries' negative numbers mean nothing to each other: compare a query only with entries).
    /// </summary>
    internal int[] TrigramsOf(string key)
    {
        var unknown = 0;
        var numbers = Trigrams.Of(key).Select(t => _trigramNumbers.TryGetValue(t, out var n) ? n : --unknown).ToArray();
        Array.Sort(numbers);
        return numbers;
    }

    /// <summary>
    /// Every entry that may share at least <paramref name="minShared"/> of <paramref name="trigrams"/> and whose key
    /// is <paramref name="minLength"/> to <paramref name="maxLength"/> characters long, and some others. Prefix
    /// filter: such an entry holds one of the <c>q − minShared + 1</c> rarest of the query's q trigrams, so the
    /// longest posting lists (" co", "ion", …), which hold most of the index, are never walked; each list is sorted
    /// by key length, so only its slice within the lengths is. The caller checks each entry exactly.
    /// </summary>
    internal IEnumerable<AliasEntry> SharingTrigrams(int[] trigrams, int minShared, int minLength = 0, int maxLength = int.MaxValue)
    {
        var rarest = trigrams
            .Select(t => t >= 0 ? _byTrigram[t] : [])
            .OrderBy(list => list.Count)
            .Take(Math.Max(1, trigrams.Length - Math.Max(1, minShared) + 1));
        var seen = new HashSet<AliasEntry>(ReferenceEqualityComparer.Instance);
        foreach (var list in rarest)
        {
            for (var i = FirstWithLength(list, minLength); i < list.Count && list[i].Key.Length <= maxLength; i++)
            {
                if (seen.Add(list[i]))
                {
                    yield return list[i];
                }
            }
        }
    }

    /// <summary>The first position in a list sorted by key length whose key is at least <paramref name="length"/> long.</summary>
    private static int FirstWithLength(List<AliasEntry> list, int length)
    {
        int low = 0, high = list.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (list[middle].Key.Length < length)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private int[] Number(IReadOnlySet<string> trigrams)
    {
        var numbers = new int[trigrams.Count];
        var i = 0;
        foreach (var trigram in trigrams)
        {
            if (!_trigramNumbers.TryGetValue(trigram, out var number))
            {
                number = _trigramNumbers[trigram] = _byTrigram.Count;
                _byTrigram.Add([]);
            }

            numbers[i++] = number;
        }

        Array.Sort(numbers);
        return numbers;
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
