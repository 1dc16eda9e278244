using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking;

/// <summary>
/// The dictionary the graph links with: the catalog plus every introduced entity that some paper in the store
/// introduces. One per store (a DI singleton next to it), so the catalog automaton is built once; introduced
/// entities are swapped in with <see cref="LinkerDictionary.WithIntroduced"/>, which reuses that automaton.
/// Readers see whole snapshots; only <see cref="GraphLinker"/> writes, one batch at a time.
/// </summary>
public sealed class LinkerDictionaryCache
{
    private volatile Snapshot? _snapshot;

    public LinkerDictionaryCache(EntityCatalog catalog)
        : this(new LinkerDictionary(catalog))
    {
    }

    /// <param name="catalogOnly">A dictionary of the catalog alone, which may be shared: caches of several stores reuse its automaton.</param>
    public LinkerDictionaryCache(LinkerDictionary catalogOnly)
    {
        ArgumentNullException.ThrowIfNull(catalogOnly);
        CatalogOnly = catalogOnly.Introduced.Count == 0 ? catalogOnly : throw new ArgumentException("Expected a dictionary of the catalog alone.", nameof(catalogOnly));
    }

    public EntityCatalog Catalog => CatalogOnly.Catalog;

    /// <summary>The catalog alone: enough to find what a paper introduces, which never depends on other papers.</summary>
    public LinkerDictionary CatalogOnly { get; }

    /// <summary>The catalog plus the store's introduced entities.</summary>
    public LinkerDictionary Current => _snapshot?.Dictionary ?? CatalogOnly;

    /// <summary>Introduced entities by id, as the store holds them.</summary>
    public IReadOnlyDictionary<string, Entity> Introduced => _snapshot?.Introduced ?? EmptyIntroduced;

    /// <summary>Whether <see cref="Load"/> has run, i.e. the cache mirrors a store.</summary>
    public bool IsLoaded => _snapshot is not null;

    /// <summary>Replaces every introduced entity.</summary>
    public void Load(IEnumerable<Entity> introduced) =>
        _snapshot = Build(introduced.ToDictionary(e => e.Id, StringComparer.Ordinal));

    /// <summary>Forgets the introduced entities, so <see cref="IsLoaded"/> is false until the next <see cref="Load"/>.</summary>
    public void Unload() => _snapshot = null;

    /// <summary>Applies changes: an entity replaces the one with its id; a retired id is dropped.</summary>
    public void Apply(IEnumerable<Entity> upserted, IEnumerable<string> retired)
    {
        var introduced = new Dictionary<string, Entity>(Introduced, StringComparer.Ordinal);
        foreach (var id in retired)
        {
            introduced.Remove(id);
        }

        foreach (var entity in upserted)
        {
            introduced[entity.Id] = entity;
        }

        _snapshot = Build(introduced);
    }

    private Snapshot Build(Dictionary<string, Entity> introduced) =>
        new(introduced, introduced.Count == 0 ? CatalogOnly : CatalogOnly.WithIntroduced(introduced.Values));

    private static readonly IReadOnlyDictionary<string, Entity> EmptyIntroduced = new Dictionary<string, Entity>(StringComparer.Ordinal);

    private sealed record Snapshot(IReadOnlyDictionary<string, Entity> Introduced, LinkerDictionary Dictionary);
}
