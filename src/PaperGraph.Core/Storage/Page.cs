namespace PaperGraph.Core.Storage;

/// <summary>
/// One page of a keyset-paged list. Cursors are opaque strings made by the store; passing
/// <see cref="EndCursor"/> as <c>after</c> gives the next page with no duplicates and no gaps.
/// </summary>
public sealed record Page<T>(IReadOnlyList<PageItem<T>> Items, bool HasNextPage)
{
    public string? EndCursor => Items.Count == 0 ? null : Items[^1].Cursor;

    /// <summary>How many items the whole list holds, when the store learned it with this page at no extra cost (Neo4j's
    /// first page of a search); null when it did not, and then a count of its own is the answer.</summary>
    public long? TotalCount { get; init; }

    public static Page<T> Empty { get; } = new([], false);
}
