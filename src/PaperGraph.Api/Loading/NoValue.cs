using GraphQL.DataLoader;

namespace PaperGraph.Api.Loading;

/// <summary>A finished <see cref="IDataLoaderResult{T}"/> holding null, for fields that have nothing to load.</summary>
internal sealed class NoValue<T> : IDataLoaderResult<T?>
{
    public Task<T?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult<T?>(default);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(null);
}
