namespace PaperGraph.Api.Schema.Paging;

/// <summary>
/// Relay page info. The side the client paged from comes with the page; the other side
/// (<c>hasPreviousPage</c> when paging forwards, <c>hasNextPage</c> backwards) costs one more small read, made
/// only when asked for.
/// </summary>
internal sealed record PageInfo(
    string? StartCursor,
    string? EndCursor,
    Func<CancellationToken, Task<bool>> HasNextPage,
    Func<CancellationToken, Task<bool>> HasPreviousPage);
