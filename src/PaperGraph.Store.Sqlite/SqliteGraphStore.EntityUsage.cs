using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// The separate reads: the count beside the page, as GraphQL ran usedBy's totalCount beside its page before the
    /// combined read, so the SQLite side of a comparison does not lose that overlap.
    /// </summary>
    public async Task<EntityUsage> GetEntityUsageAsync(EntityUsageQuery query, bool withCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new PaperFilter { MentionsEntityIds = [query.EntityId], DateFrom = query.DateFrom, DateTo = query.DateTo };
        var count = withCount ? CountPapersAsync(filter, cancellationToken) : null;
        var ids = await GetPaperIdsMentioningAsync(query, cancellationToken);
        var papers = ids.Items.Count == 0 ? new Dictionary<string, Paper>() : await GetPapersAsync([.. ids.Items.Select(i => i.Node)], cancellationToken);
        return new EntityUsage(ids, papers, count is null ? null : await count);
    }
}
