using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Resolution;

/// <summary>
/// The one <see cref="AliasIndex"/> of a process (a DI singleton), built from
/// <see cref="IGraphStore.StreamEntitiesAsync"/> and <see cref="IGraphStore.CountPapersMentioningAsync"/>. It is
/// rebuilt when told entities changed (<see cref="Invalidate"/>, e.g. after an ingest) or when the store's entity
/// or mention count differs — the caller waits for that one, as its answer depends on it — and after
/// <see cref="MaxAge"/>, which catches edits made by another process (the worker, the CLI) that left both counts
/// alone. That last rebuild runs in the background while callers keep the current index: it is only a safety net,
/// and building the index inside a request (1.4 s at 20,000 papers) was a latency spike every five minutes.
/// </summary>
public sealed class AliasIndexCache(IGraphStore store, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    // One reference, swapped whole: readers outside the gate never see half of a rebuild's fields.
    private volatile Snapshot? _current;
    private volatile bool _invalid;
    private Task? _refresh;

    public void Invalidate() => _invalid = true;

    /// <summary>True once an index has been built (it may since have gone stale; the next call rebuilds it).</summary>
    public bool IsBuilt => _current is not null;

    public async Task<AliasIndex> GetAsync(CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(cancellationToken);
        var count = (stats.Entities, stats.Mentions);
        if (IsFresh(count, out var index))
        {
            return index;
        }

        if (IsOnlyOld(count, out index))
        {
            StartBackgroundRefresh(count);
            return index;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return IsFresh(count, out index) ? index : await BuildAsync(count, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The background rebuild started by an expired index, if any (tests wait on it).</summary>
    internal Task PendingRefresh => Volatile.Read(ref _refresh) ?? Task.CompletedTask;

    private async Task<AliasIndex> BuildAsync((long Entities, long Mentions) count, CancellationToken cancellationToken)
    {
        _invalid = false;
        var entities = new List<Graph.Entity>();
        await foreach (var entity in store.StreamEntitiesAsync(cancellationToken))
        {
            entities.Add(entity);
        }

        var papers = await store.CountPapersMentioningAsync(entities.Select(e => e.Id).ToList(), cancellationToken);
        var index = new AliasIndex(entities, papers);
        _current = new Snapshot(index, count, time.GetUtcNow());
        return index;
    }

    private void StartBackgroundRefresh((long Entities, long Mentions) count)
    {
        // One refresh at a time: whoever takes the gate rebuilds; the others keep answering from the current index.
        if (!_gate.Wait(0))
        {
            return;
        }

        var refresh = Task.Run(async () =>
        {
            try
            {
                if (!IsFresh(count, out _))
                {
                    await BuildAsync(count, CancellationToken.None);
                }
            }
            catch (Exception)
            {
                // The current index stays; the next expired read tries again. A failing store shows in every other call.
            }
            finally
            {
                _gate.Release();
            }
        });
        Volatile.Write(ref _refresh, refresh);
    }

    public void Dispose()
    {
        // A background rebuild still holds the gate; let it finish before the gate goes.
        PendingRefresh.Wait(TimeSpan.FromSeconds(30));
        _gate.Dispose();
    }

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

    /// <summary>Right for the store's counts and not invalidated, only older than <see cref="MaxAge"/>.</summary>
    private bool IsOnlyOld((long Entities, long Mentions) count, out AliasIndex index)
    {
        index = null!;
        if (_current is not { } current || _invalid || current.Count != count)
        {
            return false;
        }

        index = current.Index;
        return true;
    }

    private sealed record Snapshot(AliasIndex Index, (long Entities, long Mentions) Count, DateTimeOffset BuiltAt);
}
