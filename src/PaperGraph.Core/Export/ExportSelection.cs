using PaperGraph.Core.Exploration;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Export;

/// <summary>
/// The papers of one export: every paper (streamed from the store, nothing held), or the ids a filter chose,
/// in id order. Only ids are held for a filtered export, never papers, so memory stays small.
/// </summary>
internal sealed class ExportSelection
{
    private const int PageSize = 1_000;

    private ExportSelection(IReadOnlyList<string>? paperIds) => PaperIds = paperIds;

    /// <summary>The chosen ids in ordinal order, or <see langword="null"/> for every paper.</summary>
    public IReadOnlyList<string>? PaperIds { get; }

    private HashSet<string>? _idSet;

    public bool IsEverything => PaperIds is null;

    /// <summary>Whether a link may point to <paramref name="paperId"/>: both ends must be in the export.</summary>
    public bool Holds(string paperId) => PaperIds is null || (_idSet ??= new HashSet<string>(PaperIds, StringComparer.Ordinal)).Contains(paperId);

    public IAsyncEnumerable<string> StreamAsync(IGraphStore store, CancellationToken cancellationToken) =>
        PaperIds is null ? store.StreamPaperIdsAsync(cancellationToken) : PaperIds.ToAsyncEnumerable();

    public static async Task<ExportSelection> ResolveAsync(IGraphStore store, ExportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.IsEverything)
        {
            return new ExportSelection(null);
        }

        if (filter.EntityId is { } entityId && !(await store.GetEntitiesAsync([entityId], cancellationToken)).ContainsKey(entityId))
        {
            throw new ExportFilterException($"No entity has the id '{entityId}'.");
        }

        HashSet<string>? chosen = null;
        if (filter.EntityId is not null || filter.DateFrom is not null || filter.DateTo is not null)
        {
            chosen = await QueryAsync(store, filter, cancellationToken);
        }

        if (filter.Around is { } around)
        {
            var near = await NeighbourhoodAsync(store, around, filter.Hops, cancellationToken);
            chosen = chosen is null ? near : [.. near.Where(chosen.Contains)];
        }

        var ids = chosen!.ToList();
        ids.Sort(StringComparer.Ordinal);
        return new ExportSelection(ids);
    }

    private static async Task<HashSet<string>> QueryAsync(IGraphStore store, ExportFilter filter, CancellationToken cancellationToken)
    {
        var paperFilter = new PaperFilter
        {
            DateFrom = filter.DateFrom,
            DateTo = filter.DateTo,
            MentionsEntityIds = filter.EntityId is { } id ? [id] : [],
        };
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = await store.QueryPapersAsync(new PaperQuery(paperFilter, PaperOrder.Id, PageSize, after), cancellationToken);
            ids.UnionWith(page.Items.Select(i => i.Node.Id));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);
        return ids;
    }

    private static async Task<HashSet<string>> NeighbourhoodAsync(IGraphStore store, string id, int hops, CancellationToken cancellationToken)
    {
        if (hops is < 0 or > Neighbourhood.MaxHopsLimit)
        {
            throw new ExportFilterException($"hops must be between 0 and {Neighbourhood.MaxHopsLimit}; got {hops}.");
        }

        NodeRef centre;
        if ((await store.GetPapersAsync([id], cancellationToken)).ContainsKey(id))
        {
            centre = NodeRef.Paper(id);
        }
        else if ((await store.GetEntitiesAsync([id], cancellationToken)).ContainsKey(id))
        {
            centre = NodeRef.Entity(id);
        }
        else
        {
            throw new ExportFilterException($"No paper or entity has the id '{id}'.");
        }

        var graph = await Neighbourhood.ExploreAsync(centre, hops, Neighbourhood.MaxNodesLimit, GraphEdgeKind.All, new StoreGraphExpander(store).ExpandAsync, cancellationToken);
        return graph.Nodes.Where(n => n.Kind == GraphNodeKind.Paper).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
    }
}
