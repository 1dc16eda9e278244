using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Resolution;

/// <summary>
/// The one <see cref="AliasIndex"/> of a process (a DI singleton), built from
/// <see cref="IGraphStore.StreamEntitiesAsync"/> and <see cref="IGraphStore.CountPapersMentioningAsync"/>. It is
/// rebuilt when told entities changed (<see cref="Invalidate"/>, e.g. after an ingest), when the store's entity
/// or mention count differs, or after
/// <see cref="MaxAge"/>, which catches edits made by another process (the worker, the CLI).
/// </summary>
public sealed class AliasIndexCache(IGraphStore store, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (AliasIndex Index, (long Entities, long Mentions) Count, DateTimeOffset BuiltAt)? _current;
    private volatile bool _invalid;

    public void Invalidate() => _invalid = true;

    public async Task<AliasIndex> GetAsync(CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(cancellationToken);
        var count = (stats.Entities, stats.Mentions);
        if (IsFresh(count, out var index))
        {
            return index;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (IsFresh(count, out index))
            {
                return index;
            }

            _invalid = false;
            var entities = new List<Graph.Entity>();
            await foreach (var entity in store.StreamEntitiesAsync(cancellationToken))
            {
                entities.Add(entity);
            }

            var papers = await store.CountPapersMentioningAsync(entities.Select(e => e.Id).ToList(), cancellationToken);
            index = new AliasIndex(entities, papers);
            _current = (index, count, time.GetUtcNow());
            return index;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool IsFresh((long Entities, long Mentions) count, out AliasIndex index)
    {
        index = null!;
        if (_current is not { } current || _invalid || current.Count != count || time.GetUtcNow() - current.BuiltAt > MaxAge)
        {
            return false;
        }

        index = current.Index;
        return true;
    }
}
