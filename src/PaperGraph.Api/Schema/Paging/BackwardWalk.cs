using GraphQL;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Paging;

/// <summary>Backward paging for store lists that only page forwards (an entity's papers, quarantine).</summary>
internal static class BackwardWalk
{
    /// <summary>
    /// For store lists that only read forwards: <c>last</c>/<c>before</c> walks the list from its start in
    /// pages and keeps the last items before the cursor. Bounded by <paramref name="maxWalk"/> items.
    /// </summary>
    public static Func<PageRequest, CancellationToken, Task<Page<T>>> Over<T>(Func<int, string?, CancellationToken, Task<Page<T>>> forward, int maxWalk = 100_000)
    {
        return async (page, cancellationToken) =>
        {
            if (!page.Backward)
            {
                return await forward(page.Size, page.Cursor, cancellationToken);
            }

            if (page.Cursor is not null)
            {
                _ = await forward(0, page.Cursor, cancellationToken); // a cursor the store does not know fails here, before any walking
            }

            var window = new Queue<PageItem<T>>(page.Size + 1);
            var (found, before, walked) = (false, 0, 0);
            string? after = null;
            while (true)
            {
                var chunk = await forward(500, after, cancellationToken);
                foreach (var item in chunk.Items)
                {
                    if (item.Cursor == page.Cursor)
                    {
                        found = true;
                        break;
                    }

                    before++;
                    window.Enqueue(item);
                    if (window.Count > page.Size)
                    {
                        window.Dequeue();
                    }
                }

                walked += chunk.Items.Count;
                if (found || !chunk.HasNextPage)
                {
                    break;
                }

                if (walked >= maxWalk)
                {
                    throw new ExecutionError($"This list pages backwards by reading it from the start, and '{page.CursorArgument}' is more than {maxWalk} items in; page forwards with `first`/`after`.")
                    {
                        Code = ArgumentCodes.OutOfRange,
                    };
                }

                after = chunk.EndCursor;
            }

            if (page.Cursor is not null && !found)
            {
                throw new ArgumentException("The cursor is not in this list.", nameof(page));
            }

            return new Page<T>([.. window], before > window.Count);
        };
    }
}
