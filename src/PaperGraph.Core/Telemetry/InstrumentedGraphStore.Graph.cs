using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Telemetry;

/// <summary>Entities, annotations, links, quarantine, statistics, link state and the writer lease.</summary>
public sealed partial class InstrumentedGraphStore
{
    public Task UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken) =>
        CallAsync("UpsertEntities", () => inner.UpsertEntitiesAsync(entities, cancellationToken));

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) =>
        CallAsync("GetEntities", () => inner.GetEntitiesAsync(entityIds, cancellationToken));

    public Task<NodeRecords> GetPapersAndEntitiesAsync(IReadOnlyCollection<string> paperIds, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) =>
        CallAsync("GetPapersAndEntities", () => inner.GetPapersAndEntitiesAsync(paperIds, entityIds, cancellationToken));

    public Task<IReadOnlyList<Entity>> FindEntitiesByAliasAsync(string alias, CancellationToken cancellationToken) =>
        CallAsync("FindEntitiesByAlias", () => inner.FindEntitiesByAliasAsync(alias, cancellationToken));

    public Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        CallAsync("QueryEntities", () => inner.QueryEntitiesAsync(query, cancellationToken));

    // Streams are measured by their consumer (export), not per item.
    public IAsyncEnumerable<Entity> StreamEntitiesAsync(CancellationToken cancellationToken) => inner.StreamEntitiesAsync(cancellationToken);

    public Task SaveAnnotationsAsync(IReadOnlyList<PaperAnnotations> annotations, CancellationToken cancellationToken) =>
        CallAsync("SaveAnnotations", () => inner.SaveAnnotationsAsync(annotations, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Mention>>> GetMentionsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) =>
        CallAsync("GetMentions", () => inner.GetMentionsAsync(paperIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetIntroducedEntityIdsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) =>
        CallAsync("GetIntroducedEntityIds", () => inner.GetIntroducedEntityIdsAsync(paperIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetIntroducingPaperIdsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) =>
        CallAsync("GetIntroducingPaperIds", () => inner.GetIntroducingPaperIdsAsync(entityIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, long>> CountPapersMentioningAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) =>
        CallAsync("CountPapersMentioning", () => inner.CountPapersMentioningAsync(entityIds, cancellationToken));

    public Task<Page<string>> GetPaperIdsMentioningAsync(EntityUsageQuery query, CancellationToken cancellationToken) =>
        CallAsync("GetPaperIdsMentioning", () => inner.GetPaperIdsMentioningAsync(query, cancellationToken));

    public Task<EntityUsage> GetEntityUsageAsync(EntityUsageQuery query, bool withCount, CancellationToken cancellationToken) =>
        CallAsync("GetEntityUsage", () => inner.GetEntityUsageAsync(query, withCount, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetNewestPaperIdsMentioningAsync(IReadOnlyList<string> entityIds, int perEntity, CancellationToken cancellationToken) =>
        CallAsync("GetNewestPaperIdsMentioning", () => inner.GetNewestPaperIdsMentioningAsync(entityIds, perEntity, cancellationToken));

    public Task<IReadOnlyList<CoMention>> GetCoMentionedAsync(string entityId, int first, CancellationToken cancellationToken) =>
        CallAsync("GetCoMentioned", () => inner.GetCoMentionedAsync(entityId, first, cancellationToken));

    public Task<IReadOnlyList<UsageBucket>> GetUsageByPeriodAsync(string entityId, PeriodGranularity granularity, CancellationToken cancellationToken) =>
        CallAsync("GetUsageByPeriod", () => inner.GetUsageByPeriodAsync(entityId, granularity, cancellationToken));

    public Task ReplaceLinksAsync(IReadOnlyCollection<string> citingPaperIds, IReadOnlyList<PaperLink> links, CancellationToken cancellationToken) =>
        CallAsync("ReplaceLinks", () => inner.ReplaceLinksAsync(citingPaperIds, links, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<PaperLink>>> GetLinksAsync(IReadOnlyCollection<string> paperIds, LinkDirection direction, CancellationToken cancellationToken) =>
        CallAsync("GetLinks", () => inner.GetLinksAsync(paperIds, direction, cancellationToken));

    public Task<IReadOnlyList<FrontierRecords>> GetFrontiersAsync(IReadOnlyList<FrontierQuery> frontiers, CancellationToken cancellationToken) =>
        CallAsync("GetFrontiers", () => inner.GetFrontiersAsync(frontiers, cancellationToken));

    public Task<PaperProfile> GetPaperProfileAsync(string paperId, LinkDirection? links, CancellationToken cancellationToken) =>
        CallAsync("GetPaperProfile", () => inner.GetPaperProfileAsync(paperId, links, cancellationToken));

    public Task AddQuarantineAsync(IReadOnlyList<QuarantineRecord> records, CancellationToken cancellationToken) =>
        CallAsync("AddQuarantine", () => inner.AddQuarantineAsync(records, cancellationToken));

    public Task<Page<QuarantineRecord>> ListQuarantineAsync(int first, string? after, CancellationToken cancellationToken) =>
        CallAsync("ListQuarantine", () => inner.ListQuarantineAsync(first, after, cancellationToken));

    public Task RemoveQuarantineAsync(IReadOnlyCollection<string> quarantineIds, CancellationToken cancellationToken) =>
        CallAsync("RemoveQuarantine", () => inner.RemoveQuarantineAsync(quarantineIds, cancellationToken));

    public Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken) =>
        CallAsync("GetStats", () => inner.GetStatsAsync(cancellationToken));

    public Task<IReadOnlyList<string>> GetLinkPendingPaperIdsAsync(int first, CancellationToken cancellationToken) =>
        CallAsync("GetLinkPendingPaperIds", () => inner.GetLinkPendingPaperIdsAsync(first, cancellationToken));

    public Task MarkLinkedAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) =>
        CallAsync("MarkLinked", () => inner.MarkLinkedAsync(paperIds, cancellationToken));

    public Task<WriterLeaseAttempt> TryAcquireWriterLeaseAsync(string owner, TimeSpan duration, string? takeOverFrom, CancellationToken cancellationToken) =>
        CallAsync("TryAcquireWriterLease", () => inner.TryAcquireWriterLeaseAsync(owner, duration, takeOverFrom, cancellationToken));

    public Task ReleaseWriterLeaseAsync(string owner, CancellationToken cancellationToken) =>
        CallAsync("ReleaseWriterLease", () => inner.ReleaseWriterLeaseAsync(owner, cancellationToken));
}
