using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Storage;

/// <summary>
/// What <see cref="IGraphStore.GetEntityUsageAsync"/> reads, each part as its own read gives it: a page of
/// <see cref="IGraphStore.GetPaperIdsMentioningAsync"/>, the papers on it (<see cref="IGraphStore.GetPapersAsync"/>),
/// and, when asked, how many papers mention the entity within the query's dates (<see cref="IGraphStore.CountPapersAsync"/>
/// with that entity and those dates); null when not asked.
/// </summary>
public sealed record EntityUsage(Page<string> PaperIds, IReadOnlyDictionary<string, Paper> Papers, long? TotalCount);
