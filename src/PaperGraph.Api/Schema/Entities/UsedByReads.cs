using PaperGraph.Api.Loading;
using PaperGraph.Api.Schema.Paging;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Entities;

/// <summary>
/// The store reads behind one <c>usedBy</c> connection. Each page is read with its papers in one store call (the
/// request's paper loader is primed with them), and when the query asks for the page and <c>totalCount</c> together,
/// the connection's own page brings the count too: on Neo4j the page, its papers and the count are one round trip
/// where they were three.
/// </summary>
internal sealed class UsedByReads(IGraphStore store, GraphLoaders loaders, EntityUsageQuery query, PageRequest request, bool countWithPage)
{
    private readonly Lock _lock = new();
    private Task<EntityUsage>? _page;

    private PaperFilter Filter => new() { MentionsEntityIds = [query.EntityId], DateFrom = query.DateFrom, DateTo = query.DateTo };

    public async Task<Page<Paper>> FetchAsync(PageRequest page, CancellationToken cancellationToken)
    {
        if (countWithPage && page == request)
        {
            return ToPage(await PageWithCountAsync(cancellationToken));
        }

        return await BackwardWalk.Over(async (first, after, ct) =>
            ToPage(await store.GetEntityUsageAsync(query with { First = first, After = after }, withCount: false, ct)))(page, cancellationToken);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        if (!countWithPage)
        {
            return await store.CountPapersAsync(Filter, cancellationToken);
        }

        try
        {
            return (await PageWithCountAsync(cancellationToken)).TotalCount!.Value;
        }
        catch (ArgumentException ex) when (ex is not ArgumentOutOfRangeException)
        {
            // A cursor the store does not know fails the page (edges answers with that error); the count does not depend on it.
            return await store.CountPapersAsync(Filter, cancellationToken);
        }
    }

    private Task<EntityUsage> PageWithCountAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _page ??= store.GetEntityUsageAsync(query with { First = request.Size, After = request.Cursor }, withCount: true, cancellationToken);
        }
    }

    private Page<Paper> ToPage(EntityUsage usage)
    {
        loaders.Papers.Prime(usage.Papers.ToDictionary(pair => pair.Key, pair => (Paper?)pair.Value, StringComparer.Ordinal));
        return new Page<Paper>([.. usage.PaperIds.Items.Where(i => usage.Papers.ContainsKey(i.Node)).Select(i => new PageItem<Paper>(usage.Papers[i.Node], i.Cursor))], usage.PaperIds.HasNextPage);
    }
}
