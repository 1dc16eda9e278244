using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Novelty;

namespace PaperGraph.Core.Linking;

public sealed partial class GraphLinker
{
    /// <summary>
    /// Recomputes every introduced entity the batch touches (introduced by a batch paper now or before) from all
    /// of its introducers, stores what changed and updates the dictionary. Introducers outside the batch are read
    /// again and linked with the catalog alone, which is all novelty depends on.
    /// </summary>
    private async Task<IReadOnlyList<EntityChange>> ReconcileIntroducedAsync(
        IReadOnlyDictionary<string, LinkResult> results,
        IReadOnlyDictionary<string, IReadOnlyList<string>> before,
        CancellationToken cancellationToken)
    {
        var affected = results.Values.SelectMany(r => r.NewEntities.Select(e => e.Id))
            .Concat(before.Values.SelectMany(ids => ids))
            .Where(id => dictionary.Catalog.Find(id) is null)
            .ToHashSet(StringComparer.Ordinal);
        if (affected.Count == 0)
        {
            return [];
        }

        var versions = affected.ToDictionary(id => id, _ => new List<(string PaperId, Entity Version)>(), StringComparer.Ordinal);
        AddVersions(versions, results.Values);
        var others = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var chunk in affected.Chunk(options.BatchSize))
        {
            var introducers = await store.GetIntroducingPaperIdsAsync(chunk, cancellationToken);
            others.UnionWith(introducers.Values.SelectMany(ids => ids).Where(id => !results.ContainsKey(id)));
        }

        foreach (var chunk in others.Chunk(options.BatchSize))
        {
            AddVersions(versions, await LinkChunkAsync(chunk, dictionary.CatalogOnly, cancellationToken));
        }

        var changes = affected.Order(StringComparer.Ordinal)
            .Select(id => new EntityChange(id, dictionary.Introduced.GetValueOrDefault(id), versions[id].Count == 0 ? null : IntroducedEntityMerge.Merge(versions[id])))
            .Where(change => !EntityEquality.Same(change.Before, change.After))
            .ToArray();
        var upserted = changes.Where(c => c.After is not null).Select(c => c.After!).ToArray();
        await store.UpsertEntitiesAsync(upserted, cancellationToken);
        dictionary.Apply(upserted, changes.Where(c => c.After is null).Select(c => c.Id));
        return changes;
    }

    private static void AddVersions(Dictionary<string, List<(string PaperId, Entity Version)>> versions, IEnumerable<LinkResult> results)
    {
        foreach (var result in results)
        {
            foreach (var entity in result.NewEntities)
            {
                versions.GetValueOrDefault(entity.Id)?.Add((result.Annotations.PaperId, entity));
            }
        }
    }

    /// <summary>An introduced entity before and after a batch; null means no paper in the store introduces it.</summary>
    internal sealed record EntityChange(string Id, Entity? Before, Entity? After)
    {
        /// <summary>
        /// Whether papers can link differently: the linker reads an introduced entity's names, kind and source,
        /// never its description or introducer, which change whenever an introducer with a smaller id arrives.
        /// </summary>
        public bool AffectsMatching =>
            Before is null || After is null || Before.Name != After.Name || Before.Kind != After.Kind || Before.Source != After.Source
            || !Before.Aliases.SequenceEqual(After.Aliases, StringComparer.Ordinal);

        /// <summary>Every name either version matches as: the papers that may mention it contain one of these.</summary>
        public IEnumerable<string> Names =>
            new[] { Before, After }.Where(e => e is not null).SelectMany(e => e!.Aliases.Prepend(e.Name));
    }
}
