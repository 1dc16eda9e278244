using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Resolution;

/// <summary>
/// The one <see cref="AliasIndex"/> of a process (a DI singleton), built from
/// <see cref="IGraphStore.StreamEntitiesAsync"/>. It is rebuilt when told entities changed
/// (<see cref="Invalidate"/>, e.g. after an ingest), when the store's entity count differs, or after
/// <see cref="MaxAge"/>, which catches edits made by another process (the worker, the CLI).
/// </summary>
public sealed class AliasIndexCache(IGraphStore store, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (AliasIndex Index, long Count, DateTimeOffset BuiltAt)? _current;
    private volatile bool _invalid;

    public void Invalidate() => _invalid = true;

    public async Task<AliasIndex> GetAsync(CancellationToken cancellationToken)
    {
        var count = (await store.GetStatsAsync(cancellationToken)).Entities;
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

            index = new AliasIndex(entities);
            _current = (index, count, time.GetUtcNow());
            return index;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool IsFresh(long count, out AliasIndex index)
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
