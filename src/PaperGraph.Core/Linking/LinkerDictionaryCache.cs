using System.Collections.Immutable;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking;

/// <summary>
/// The dictionary the graph links with: the catalog plus every introduced entity that some paper in the store
/// introduces. One per store (a DI singleton next to it), so the catalog automaton is built once; introduced
/// entities are loaded with <see cref="LinkerDictionary.WithIntroduced"/> and changed per batch with
/// <see cref="LinkerDictionary.WithChanges"/>; both reuse that automaton.
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
    public void Load(IEnumerable<Entity> introduced)
    {
        var byId = introduced.ToImmutableDictionary(e => e.Id, StringComparer.Ordinal);
        _snapshot = new(byId, byId.Count == 0 ? CatalogOnly : CatalogOnly.WithIntroduced(byId.Values));
    }

    /// <summary>Forgets the introduced entities, so <see cref="IsLoaded"/> is false until the next <see cref="Load"/>.</summary>
    public void Unload() => _snapshot = null;

    /// <summary>
    /// Applies changes: an entity replaces the one with its id; a retired id is dropped. Costs about the size of
    /// the change (<see cref="LinkerDictionary.WithChanges"/>), so a batch late in a large ingest is as cheap as an
    /// early one.
    /// </summary>
    public void Apply(IEnumerable<Entity> upserted, IEnumerable<string> retired)
    {
        var changed = upserted.ToArray();
        var gone = retired.ToArray();
        var current = _snapshot ?? new Snapshot(EmptyIntroduced, CatalogOnly);
        var introduced = current.Introduced.RemoveRange(gone).SetItems(changed.Select(e => KeyValuePair.Create(e.Id, e)));
        _snapshot = new(introduced, current.Dictionary.WithChanges(changed, gone));
    }

    private static readonly ImmutableDictionary<string, Entity> EmptyIntroduced = ImmutableDictionary.Create<string, Entity>(StringComparer.Ordinal);

    private sealed record Snapshot(ImmutableDictionary<string, Entity> Introduced, LinkerDictionary Dictionary);
}
