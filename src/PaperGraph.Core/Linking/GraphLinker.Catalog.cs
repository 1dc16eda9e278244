using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking;

public sealed partial class GraphLinker
{
    private const int EntityWriteChunk = 2_000;

    /// <summary>
    /// Once per linker: brings the store's catalog entities in line with the catalog (writing only those that
    /// differ, so a store that already holds this catalog costs one read) and loads the introduced entities that
    /// some stored paper introduces into the dictionary.
    /// </summary>
    /// <returns>How many catalog entities were written.</returns>
    private async Task<int> EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (dictionary.IsLoaded)
        {
            return 0;
        }

        var catalog = dictionary.Catalog;
        var stored = new HashSet<string>(StringComparer.Ordinal);
        var stale = new List<Entity>();
        var introduced = new List<Entity>();
        await foreach (var entity in store.StreamEntitiesAsync(cancellationToken))
        {
            if (catalog.Find(entity.Id) is { } entry)
            {
                stored.Add(entity.Id);
                if (!EntityEquality.Same(entry.Entity, entity))
                {
                    stale.Add(entry.Entity);
                }
            }
            else if (IsIntroducedEntity(entity))
            {
                introduced.Add(entity);
            }
        }

        stale.AddRange(catalog.Entities.Where(e => !stored.Contains(e.Id)));
        foreach (var chunk in stale.Chunk(EntityWriteChunk))
        {
            await store.UpsertEntitiesAsync(chunk, cancellationToken);
        }

        // An introduced entity whose every introducer changed its text stays stored (the contract cannot delete
        // entities) but is no longer matched.
        var active = new List<Entity>(introduced.Count);
        foreach (var chunk in introduced.Chunk(options.BatchSize))
        {
            var introducers = await store.GetIntroducingPaperIdsAsync(chunk.Select(e => e.Id).ToArray(), cancellationToken);
            active.AddRange(chunk.Where(e => introducers.ContainsKey(e.Id)));
        }

        dictionary.Load(active);
        Log.Ready(logger, catalog.Entries.Count, stale.Count, active.Count);
        return stale.Count;
    }
}
