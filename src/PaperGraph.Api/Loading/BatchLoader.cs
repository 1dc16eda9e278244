using GraphQL.DataLoader;

namespace PaperGraph.Api.Loading;

/// <summary>
/// A per-request batch loader on GraphQL.NET's <see cref="IDataLoaderResult{T}"/>: <see cref="Load"/> only
/// records the key; the execution strategy asks for results after it has walked every sibling field,
/// so all keys of one level go to the store in one call. Thread-safe, because the parallel strategy
/// resolves siblings concurrently. Keys already loaded are never fetched again in the same request.
/// </summary>
internal sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, Batch> _batchOf = [];
    private Batch? _open;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_lock)
        {
            if (!_batchOf.TryGetValue(key, out var batch))
            {
                batch = _open ??= new Batch(this);
                batch.Keys.Add(key);
                _batchOf[key] = batch;
            }

            return new Result(batch, key);
        }
    }

    /// <summary>
    /// Takes values this request has already read some other way (null: read and not found), so loading those keys asks
    /// the store nothing; a key already loading or loaded keeps its own value.
    /// </summary>
    public void Prime(IReadOnlyDictionary<TKey, TValue?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var found = values.Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value!);
        var batch = new Batch(this, Task.FromResult<IReadOnlyDictionary<TKey, TValue>>(found));
        lock (_lock)
        {
            foreach (var key in values.Keys)
            {
                _batchOf.TryAdd(key, batch);
            }
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner, Task<IReadOnlyDictionary<TKey, TValue>>? known = null)
    {
        private Task<IReadOnlyDictionary<TKey, TValue>>? _task = known;

        public HashSet<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>> RunAsync(CancellationToken cancellationToken)
        {
            lock (owner._lock)
            {
                if (_task is null)
                {
                    if (owner._open == this)
                    {
                        owner._open = null;
                    }

                    _task = owner.FetchAsync([.. Keys], cancellationToken);
                }

                return _task;
            }
        }
    }

    private async Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(TKey[] keys, CancellationToken cancellationToken)
    {
        await Task.Yield(); // never run the store call under the lock
        return await fetch(keys, cancellationToken);
    }

    private sealed class Result(Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.RunAsync(cancellationToken);
            return values.TryGetValue(key, out var value) ? value : default;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
