using System.Collections.Frozen;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Catalog;
using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Linking;

/// <summary>
/// What the linker matches: the catalog's trie (built once) plus a small one over entities that papers
/// introduced. Adding introduced entities makes a new dictionary that reuses the catalog's trie.
/// </summary>
public sealed class LinkerDictionary
{
    private readonly AliasMatcher _catalogMatcher;
    private readonly AliasMatcher? _introducedMatcher;
    private readonly FrozenDictionary<string, CatalogEntry[]> _introducedByKey;

    public LinkerDictionary(EntityCatalog catalog)
        : this(catalog, new AliasMatcher(catalog.Entries, MatchOrigin.Catalog), [])
    {
    }

    private LinkerDictionary(EntityCatalog catalog, AliasMatcher catalogMatcher, IReadOnlyList<CatalogEntry> introduced)
    {
        Catalog = catalog;
        _catalogMatcher = catalogMatcher;
        Introduced = introduced;
        _introducedMatcher = introduced.Count > 0 ? new AliasMatcher(introduced, MatchOrigin.Introduced) : null;
        _introducedByKey = introduced
            .SelectMany(e => e.Aliases.Select(a => (Key: TextFolding.Key(a.Text), Entry: e)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Entry).Distinct().ToArray(), StringComparer.Ordinal);
    }

    public EntityCatalog Catalog { get; }

    public IReadOnlyList<CatalogEntry> Introduced { get; }

    internal int PatternCount => _catalogMatcher.PatternCount + (_introducedMatcher?.PatternCount ?? 0);

    internal int NodeCount => _catalogMatcher.NodeCount;

    /// <summary>A dictionary that also matches these introduced entities (catalog ids among them are ignored).</summary>
    public LinkerDictionary WithIntroduced(IEnumerable<Entity> entities)
    {
        var entries = entities
            .Where(e => Catalog.Find(e.Id) is null && !Catalog.IsCommonName(e.Name))
            .DistinctBy(e => e.Id)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => CatalogEntry.ForIntroduced(e with { Aliases = e.Aliases.Where(a => Distinctive(a, e.Name)).ToArray() }))
            .ToArray();
        return new LinkerDictionary(Catalog, _catalogMatcher, entries);
    }

    /// <summary>
    /// Whether another paper's use of an introduced entity's alias still means that entity. A short acronym
    /// ("ASR" for one paper's "Attention Spectrum Regularization"), a name the catalog has, or a name many papers
    /// use (<see cref="EntityCatalog.IsCommonName"/>) means something else in most papers; the introducing paper
    /// itself still matches them (paper-local matching).
    /// </summary>
    private bool Distinctive(string alias, string name)
    {
        if (alias == name)
        {
            return true;
        }

        var plainAcronym = alias.Length <= 5 && alias.All(c => char.IsUpper(c) || char.IsDigit(c));
        return !plainAcronym && Catalog.FindByAlias(alias).Count == 0 && !Catalog.IsCommonName(alias);
    }

    internal void Find(string field, List<MatchCandidate> output)
    {
        _catalogMatcher.Find(field, output);
        _introducedMatcher?.Find(field, output);
    }

    /// <summary>Where the leftmost catalog alias ends in a field (exclusive), or -1; only for throughput comparisons.</summary>
    public int FindFirstForBenchmark(string field) => _catalogMatcher.FindFirst(field);

    /// <summary>Entries (catalog first, then introduced) with an alias whose folded key equals the name's.</summary>
    internal IReadOnlyList<CatalogEntry> FindByAlias(string name) => FindByKey(TextFolding.Key(name));

    /// <summary><see cref="FindByAlias"/> for a key already folded with <see cref="TextFolding.Key"/>.</summary>
    internal IReadOnlyList<CatalogEntry> FindByKey(string key)
    {
        var catalog = Catalog.FindByKey(key);
        var introduced = _introducedByKey.GetValueOrDefault(key);
        return introduced is null ? catalog : [.. catalog, .. introduced];
    }
}
