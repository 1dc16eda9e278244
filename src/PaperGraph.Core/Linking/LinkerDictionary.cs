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
    private readonly IntroducedMatcher _introduced;

    public LinkerDictionary(EntityCatalog catalog)
        : this(catalog, new AliasMatcher(catalog.Entries, MatchOrigin.Catalog), IntroducedMatcher.Empty)
    {
    }

    private LinkerDictionary(EntityCatalog catalog, AliasMatcher catalogMatcher, IntroducedMatcher introduced)
    {
        Catalog = catalog;
        _catalogMatcher = catalogMatcher;
        _introduced = introduced;
    }

    public EntityCatalog Catalog { get; }

    /// <summary>The introduced entities matched, in id order.</summary>
    public IReadOnlyList<CatalogEntry> Introduced => _introduced.Entries;

    internal int PatternCount => _catalogMatcher.PatternCount + _introduced.PatternCount;

    /// <summary>How many segments the introduced entities are matched in (see <see cref="IntroducedMatcher"/>).</summary>
    internal int IntroducedSegmentCount => _introduced.SegmentCount;

    internal int NodeCount => _catalogMatcher.NodeCount;

    /// <summary>A dictionary that also matches these introduced entities (catalog ids among them are ignored).</summary>
    public LinkerDictionary WithIntroduced(IEnumerable<Entity> entities) =>
        new(Catalog, _catalogMatcher, IntroducedMatcher.Of([.. Linkable(entities.DistinctBy(e => e.Id)).Where(p => p.Entry is not null).Select(p => p.Entry!)]));

    /// <summary>
    /// This dictionary with introduced entities replaced (by id) or removed: what <see cref="WithIntroduced"/> over
    /// the resulting set gives, at a cost near the size of the change (a graph linker's batch), not of the set.
    /// </summary>
    public LinkerDictionary WithChanges(IEnumerable<Entity> upserted, IEnumerable<string> removed)
    {
        var linkable = Linkable(upserted.DistinctBy(e => e.Id)).ToArray();
        var unmatched = linkable.Where(p => p.Entry is null).Select(p => p.Id);
        return new(Catalog, _catalogMatcher, _introduced.With([.. linkable.Where(p => p.Entry is not null).Select(p => p.Entry!)], removed.Concat(unmatched)));
    }

    /// <summary>
    /// Each entity's entry, or null for a catalog id, a common name or a word abstracts mostly write in lower case,
    /// which are never matched as introduced in other papers: one paper's "PROMISE" or "DOCTOR" is another paper's
    /// dataset or label (judged on the corpus, BENCHMARKS.md "Acronyms written in capitals").
    /// </summary>
    private IEnumerable<(string Id, CatalogEntry? Entry)> Linkable(IEnumerable<Entity> entities) =>
        entities.Select(e => (e.Id, Catalog.Find(e.Id) is null && !Catalog.IsCommonName(e.Name) && !Catalog.IsGenericName(e.Name)
            ? CatalogEntry.ForIntroduced(e with { Aliases = e.Aliases.Where(a => Distinctive(a, e.Name)).ToArray() })
            : null));

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
        _introduced.Find(field, output);
    }

    /// <summary>Where the leftmost catalog alias ends in a field (exclusive), or -1; only for throughput comparisons.</summary>
    public int FindFirstForBenchmark(string field) => _catalogMatcher.FindFirst(field);

    /// <summary>Entries (catalog first, then introduced) with an alias whose folded key equals the name's.</summary>
    internal IReadOnlyList<CatalogEntry> FindByAlias(string name) => FindByKey(TextFolding.Key(name));

    /// <summary><see cref="FindByAlias"/> for a key already folded with <see cref="TextFolding.Key"/>.</summary>
    internal IReadOnlyList<CatalogEntry> FindByKey(string key)
    {
        var catalog = Catalog.FindByKey(key);
        var introduced = _introduced.FindByKey(key);
        return introduced is null ? catalog : [.. catalog, .. introduced];
    }
}
