using GraphQL;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Paging;

/// <summary>
/// A Relay connection whose page and count are fetched only when asked: <c>totalCount</c> alone costs one
/// count call and no page; <c>edges</c> and <c>pageInfo</c> share one page call. A cursor the store does not
/// recognise is answered with an error naming <c>after</c> or <c>before</c>.
/// </summary>
internal sealed class Connection<T>(PageRequest request, Func<PageRequest, CancellationToken, Task<Page<T>>> fetch, Func<CancellationToken, Task<long>> count)
{
    private readonly Lock _lock = new();
    private Task<Page<T>>? _page;

    public Task<Page<T>> GetPageAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _page ??= FetchAsync(request, cancellationToken);
        }
    }

    /// <summary>
    /// The query asks for the page too, so <c>totalCount</c> may take the total the page brings (<see cref="Page{T}.TotalCount"/>)
    /// instead of a count of its own; set only then, as a count asked alone must not read a page.
    /// </summary>
    public bool CountFromPage { get; init; }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        if (CountFromPage)
        {
            try
            {
                if ((await GetPageAsync(cancellationToken)).TotalCount is { } total)
                {
                    return total;
                }
            }
            catch (ExecutionError)
            {
                // A cursor the store does not know fails the page (edges answers with that error); the count does not depend on it.
            }
        }

        return await count(cancellationToken);
    }

    /// <summary>Facet counts over the whole selection (paper connections only): top N, then the token.</summary>
    public Func<int, CancellationToken, Task<PaperFacets>>? Facets { get; init; }

    public async Task<PageInfo> GetPageInfoAsync(CancellationToken cancellationToken)
    {
        var page = await GetPageAsync(cancellationToken);
        var start = page.Items.Count == 0 ? null : page.Items[0].Cursor;
        Func<CancellationToken, Task<bool>> paged = _ => Task.FromResult(page.HasNextPage);
        // Relay: the other side is "anything beyond the cursor the client gave", one zero-sized read.
        Func<CancellationToken, Task<bool>> other = async ct => request.Cursor is not null && (await FetchAsync(request.Opposite(), ct)).HasNextPage;
        return request.Backward
            ? new PageInfo(start, page.EndCursor, other, paged)
            : new PageInfo(start, page.EndCursor, paged, other);
    }

    private async Task<Page<T>> FetchAsync(PageRequest page, CancellationToken cancellationToken)
    {
        try
        {
            return await fetch(page, cancellationToken);
        }
        catch (ArgumentException ex) when (ex is not ArgumentOutOfRangeException)
        {
            throw new ExecutionError($"'{page.CursorArgument}' is not a cursor of this list: pass a `cursor`, `startCursor` or `endCursor` this connection gave out.", ex)
            {
                Code = ArgumentCodes.InvalidCursor,
            };
        }
    }

    /// <summary>A connection over a list already in memory, cursors being the items' keys.</summary>
    public static Connection<T> FromList(IReadOnlyList<T> items, Func<T, string> key, PageRequest request) =>
        new(request, (page, _) => Task.FromResult(Slice(items, key, page)), _ => Task.FromResult((long)items.Count));

    private static Page<T> Slice(IReadOnlyList<T> items, Func<T, string> key, PageRequest page)
    {
        var keys = items.Select(key).ToList();
        var at = page.Cursor is null ? -1 : keys.IndexOf(page.Cursor);
        if (page.Cursor is not null && at < 0)
        {
            throw new ArgumentException("The cursor is not in this list.", nameof(page));
        }

        var (start, end) = page.Backward ? (Math.Max(0, (at < 0 ? items.Count : at) - page.Size), at < 0 ? items.Count : at) : (at + 1, Math.Min(items.Count, at + 1 + page.Size));
        var slice = Enumerable.Range(start, end - start).Select(i => new PageItem<T>(items[i], keys[i])).ToList();
        var more = page.Backward ? start > 0 : end < items.Count;
        return new Page<T>(slice, more);
    }
}
