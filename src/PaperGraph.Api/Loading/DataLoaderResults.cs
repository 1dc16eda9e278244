using GraphQL.DataLoader;

namespace PaperGraph.Api.Loading;

/// <summary>Composition for <see cref="IDataLoaderResult{T}"/>: map a result, or load many keys in one batch.</summary>
internal static class DataLoaderResults
{
    /// <summary>Maps a pending result. Mapping to another pending result nests it; GraphQL.NET waits for each level in turn.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(result, map);

    /// <summary>Loads several keys into the same batch; missing keys are left out, order is kept.</summary>
    public static IDataLoaderResult<IReadOnlyList<TValue>> LoadMany<TKey, TValue>(this BatchLoader<TKey, TValue> loader, IEnumerable<TKey> keys)
        where TKey : notnull => new Many<TValue>([.. keys.Select(loader.Load)]);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    private sealed class Many<TValue>(IReadOnlyList<IDataLoaderResult<TValue?>> items) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public async Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<TValue>(items.Count);
            foreach (var item in items)
            {
                if (await item.GetResultAsync(cancellationToken) is { } value)
                {
                    values.Add(value);
                }
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
