using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Paging;

/// <summary>
/// A Relay connection whose page and count are fetched only when asked: <c>totalCount</c> alone costs one
/// count call and no page; <c>edges</c> and <c>pageInfo</c> share one page call.
/// </summary>
internal sealed class Connection<T>(Func<CancellationToken, Task<Page<T>>> fetchPage, Func<CancellationToken, Task<long>> count)
{
    private readonly Lock _lock = new();
    private Task<Page<T>>? _page;

    public Task<Page<T>> GetPageAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _page ??= fetchPage(cancellationToken);
        }
    }

    public Task<long> CountAsync(CancellationToken cancellationToken) => count(cancellationToken);

    /// <summary>A connection over a list already in memory, cursors being the items' keys.</summary>
    public static Connection<T> FromList(IReadOnlyList<T> items, Func<T, string> key, int first, string? after)
    {
        var start = 0;
        if (after is not null)
        {
            var index = items.ToList().FindIndex(i => key(i) == after);
            start = index < 0 ? items.Count : index + 1;
        }

        var slice = items.Skip(start).Take(first).Select(i => new PageItem<T>(i, key(i))).ToList();
        var page = new Page<T>(slice, start + slice.Count < items.Count);
        return new Connection<T>(_ => Task.FromResult(page), _ => Task.FromResult((long)items.Count));
    }
}
