using System.Collections.Frozen;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Catalog;
using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Linking;

/// <summary>
/// The entity catalog: Papers with Code methods, Hugging Face datasets, PwC dataset/task names and the curated
/// supplements (<c>schema/catalog/curated.jsonl</c>, <c>curated_techniques.jsonl</c>), built by
/// <c>schema/catalog/build_catalog.py</c> and embedded in this assembly. Immutable; share one.
/// </summary>
public sealed partial class EntityCatalog
{
    private readonly FrozenDictionary<string, CatalogEntry> _byId;
    private readonly FrozenDictionary<string, CatalogEntry[]> _byAliasKey;
    private readonly FrozenDictionary<string, CatalogEntry[]> _byIntroducerKey;
    private readonly FrozenDictionary<string, CatalogEntry[]>.AlternateLookup<ReadOnlySpan<char>> _byIntroducerSpan;

    private readonly FrozenDictionary<string, CatalogEntry[]> _unlinkedByAliasKey;
    private readonly FrozenSet<string> _genericNames;
    private readonly FrozenSet<string> _commonNames;

    /// <param name="genericNames">Phrases never taken for a name a paper introduces (see <see cref="IsGenericName"/>).</param>
    /// <param name="commonNames">Names too many papers use to mean one paper's entity (see <see cref="IsCommonName"/>).</param>
    public EntityCatalog(IEnumerable<CatalogEntry> entries, IEnumerable<string>? genericNames = null, IEnumerable<string>? commonNames = null)
    {
        _genericNames = (genericNames ?? []).Select(TextFolding.Key).ToFrozenSet(StringComparer.Ordinal);
        _commonNames = (commonNames ?? []).Select(TextFolding.Key).ToFrozenSet(StringComparer.Ordinal);
        Entries = entries.OrderBy(e => e.Entity.Id, StringComparer.Ordinal).ToArray();
        _byId = Entries.ToFrozenDictionary(e => e.Entity.Id, StringComparer.Ordinal);
        _byAliasKey = Entries.Where(e => e.Linkable)
            .SelectMany(e => e.Aliases.Select(a => (Key: TextFolding.Key(a.Text), Entry: e)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Entry).Distinct().ToArray(), StringComparer.Ordinal);
        _unlinkedByAliasKey = Entries.Where(e => !e.Linkable)
            .SelectMany(e => e.Aliases.Select(a => a.Text).Append(e.Entity.Name).Select(a => (Key: TextFolding.Key(a), Entry: e)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Entry).Distinct().ToArray(), StringComparer.Ordinal);
        _byIntroducerKey = Entries
            .SelectMany(e => IntroducerKeys(e.Entity.IntroducedBy).Select(k => (Key: k, Entry: e)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Entry).Distinct().ToArray(), StringComparer.Ordinal);
        _byIntroducerSpan = _byIntroducerKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<CatalogEntry> Entries { get; }

    public IEnumerable<Entity> Entities => Entries.Select(e => e.Entity);

    public CatalogEntry? Find(string entityId) => _byId.GetValueOrDefault(entityId);

    /// <summary>
    /// Whether a name is a phrase abstracts mostly write in lower case ("Reinforcement Learning", "Reasoning"):
    /// capitalised after "we propose", it is still a concept, not something the paper coined.
    /// </summary>
    public bool IsGenericName(string name) => _genericNames.Contains(TextFolding.Key(name));

    /// <summary>
    /// Whether many abstracts of the arXiv corpus use a capitalised name ("PRISM", "GPT-5", "Monte Carlo"): a paper
    /// may introduce its own PRISM, but another paper writing PRISM is not taken to mean that one.
    /// </summary>
    public bool IsCommonName(string name) => _commonNames.Contains(TextFolding.Key(name));

    /// <summary>Linkable entries with an alias whose folded key (<see cref="TextFolding.Key"/>) equals <paramref name="name"/>'s.</summary>
    public IReadOnlyList<CatalogEntry> FindByAlias(string name) => FindByKey(TextFolding.Key(name));

    /// <summary>
    /// Entries never matched in text (tasks, and datasets whose names are also words) with a name or alias whose folded
    /// key equals <paramref name="name"/>'s: a context that says what a name is can still pick one.
    /// </summary>
    public IReadOnlyList<CatalogEntry> FindUnlinked(string name) => _unlinkedByAliasKey.GetValueOrDefault(TextFolding.Key(name)) ?? [];

    internal IReadOnlyList<CatalogEntry> FindByKey(string key) => _byAliasKey.GetValueOrDefault(key) ?? [];

    /// <summary>Entries the catalog says this paper introduced, by arXiv id or normalised title.</summary>
    public IReadOnlyList<CatalogEntry> IntroducedBy(Paper paper)
    {
        var byArxivId = paper.ArxivId is { Length: > 0 } arxivId ? IntroducedByArxivId(arxivId) : null;
        var byTitle = IntroducedByTitle(paper.Title);

        // The linker asks for every paper and almost none is credited: no list unless both keys hit.
        return byArxivId is null ? byTitle ?? []
            : byTitle is null ? byArxivId
            : byArxivId.Concat(byTitle).Distinct().ToArray();
    }

    internal static IEnumerable<string> IntroducerKeys(IntroducingPaper? paper)
    {
        if (paper?.ArxivId is { Length: > 0 } arxivId)
        {
            yield return "arxiv:" + PaperIds.NormalizeArxivId(arxivId);
        }

        if (paper?.Title is { Length: > 0 } title && PaperIds.NormalizeTitle(title) is { Length: > 0 } key)
        {
            yield return "title:" + key;
        }
    }
}
