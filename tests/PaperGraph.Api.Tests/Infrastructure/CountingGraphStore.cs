using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Tests.Infrastructure;

/// <summary>The real store, with every call counted by member name: how the tests see N+1 and "no store call".</summary>
internal sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int Total => _calls.Values.Sum();

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    public void Reset() => _calls.Clear();

    private T Count<T>(T value, [CallerMemberName] string member = "")
    {
        _calls.AddOrUpdate(member, 1, (_, n) => n + 1);
        return value;
    }

    private void Count([CallerMemberName] string member = "") => _calls.AddOrUpdate(member, 1, (_, n) => n + 1);

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public Task<IReadOnlyList<UpsertOutcome>> UpsertPapersAsync(IReadOnlyList<PaperRecord> records, CancellationToken cancellationToken) { Count(); return inner.UpsertPapersAsync(records, cancellationToken); }

    public Task<IReadOnlyDictionary<string, Paper>> GetPapersAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) { Count(); return inner.GetPapersAsync(paperIds, cancellationToken); }

    public Task<IReadOnlyDictionary<string, Paper>> GetPapersWithoutAbstractsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) { Count(); return inner.GetPapersWithoutAbstractsAsync(paperIds, cancellationToken); }

    public Task<NodeRecords> GetPapersAndEntitiesAsync(IReadOnlyCollection<string> paperIds, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) { Count(); return inner.GetPapersAndEntitiesAsync(paperIds, entityIds, cancellationToken); }

    public Task<Paper?> FindPaperByArxivIdAsync(string arxivId, CancellationToken cancellationToken) { Count(); return inner.FindPaperByArxivIdAsync(arxivId, cancellationToken); }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> FindPaperIdsByTitleKeyAsync(IReadOnlyCollection<string> titleKeys, CancellationToken cancellationToken) { Count(); return inner.FindPaperIdsByTitleKeyAsync(titleKeys, cancellationToken); }

    /// <summary>Awaited before each paper query reaches the store: a fault test's stand-in for a slow statement.</summary>
    public Func<CancellationToken, Task>? BeforeQueryPapers { get; set; }

    public async Task<Page<Paper>> QueryPapersAsync(PaperQuery query, CancellationToken cancellationToken)
    {
        Count();
        if (BeforeQueryPapers is { } before)
        {
            await before(cancellationToken);
        }

        return await inner.QueryPapersAsync(query, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> FindPaperIdsWithWordsAsync(IReadOnlyCollection<string> texts, CancellationToken cancellationToken) { Count(); return inner.FindPaperIdsWithWordsAsync(texts, cancellationToken); }

    public Task<IReadOnlyList<string>> FindPaperIdsMentioningAnyAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) { Count(); return inner.FindPaperIdsMentioningAnyAsync(entityIds, cancellationToken); }

    public Task<long> CountPapersAsync(PaperFilter filter, CancellationToken cancellationToken) { Count(); return inner.CountPapersAsync(filter, cancellationToken); }

    public Task<PaperFacets> GetPaperFacetsAsync(PaperFilter filter, int top, CancellationToken cancellationToken) { Count(); return inner.GetPaperFacetsAsync(filter, top, cancellationToken); }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<PaperSource>>> GetSourcesAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) { Count(); return inner.GetSourcesAsync(paperIds, cancellationToken); }

    public IAsyncEnumerable<string> StreamPaperIdsAsync(CancellationToken cancellationToken) => Count(inner.StreamPaperIdsAsync(cancellationToken));

    public Task UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken) { Count(); return inner.UpsertEntitiesAsync(entities, cancellationToken); }

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) { Count(); return inner.GetEntitiesAsync(entityIds, cancellationToken); }

    public Task<IReadOnlyList<Entity>> FindEntitiesByAliasAsync(string alias, CancellationToken cancellationToken) { Count(); return inner.FindEntitiesByAliasAsync(alias, cancellationToken); }

    public Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) { Count(); return inner.QueryEntitiesAsync(query, cancellationToken); }

    public IAsyncEnumerable<Entity> StreamEntitiesAsync(CancellationToken cancellationToken) => Count(inner.StreamEntitiesAsync(cancellationToken));

    public Task SaveAnnotationsAsync(IReadOnlyList<PaperAnnotations> annotations, CancellationToken cancellationToken) { Count(); return inner.SaveAnnotationsAsync(annotations, cancellationToken); }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Mention>>> GetMentionsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) { Count(); return inner.GetMentionsAsync(paperIds, cancellationToken); }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetIntroducedEntityIdsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) { Count(); return inner.GetIntroducedEntityIdsAsync(paperIds, cancellationToken); }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetIntroducingPaperIdsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) { Count(); return inner.GetIntroducingPaperIdsAsync(entityIds, cancellationToken); }

    public Task<IReadOnlyDictionary<string, long>> CountPapersMentioningAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) { Count(); return inner.CountPapersMentioningAsync(entityIds, cancellationToken); }

    public Task<Page<string>> GetPaperIdsMentioningAsync(EntityUsageQuery query, CancellationToken cancellationToken) { Count(); return inner.GetPaperIdsMentioningAsync(query, cancellationToken); }

    public Task<EntityUsage> GetEntityUsageAsync(EntityUsageQuery query, bool withCount, CancellationToken cancellationToken) { Count(); return inner.GetEntityUsageAsync(query, withCount, cancellationToken); }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetNewestPaperIdsMentioningAsync(IReadOnlyList<string> entityIds, int perEntity, CancellationToken cancellationToken) { Count(); return inner.GetNewestPaperIdsMentioningAsync(entityIds, perEntity, cancellationToken); }

    public Task<IReadOnlyList<CoMention>> GetCoMentionedAsync(string entityId, int first, CancellationToken cancellationToken) { Count(); return inner.GetCoMentionedAsync(entityId, first, cancellationToken); }

    public Task<IReadOnlyList<UsageBucket>> GetUsageByPeriodAsync(string entityId, PeriodGranularity granularity, CancellationToken cancellationToken) { Count(); return inner.GetUsageByPeriodAsync(entityId, granularity, cancellationToken); }

    public Task ReplaceLinksAsync(IReadOnlyCollection<string> citingPaperIds, IReadOnlyList<PaperLink> links, CancellationToken cancellationToken) { Count(); return inner.ReplaceLinksAsync(citingPaperIds, links, cancellationToken); }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<PaperLink>>> GetLinksAsync(IReadOnlyCollection<string> paperIds, LinkDirection direction, CancellationToken cancellationToken) { Count(); return inner.GetLinksAsync(paperIds, direction, cancellationToken); }

    public Task<IReadOnlyList<FrontierRecords>> GetFrontiersAsync(IReadOnlyList<FrontierQuery> frontiers, CancellationToken cancellationToken) { Count(); return inner.GetFrontiersAsync(frontiers, cancellationToken); }

    public Task<PaperProfile> GetPaperProfileAsync(string paperId, LinkDirection? links, CancellationToken cancellationToken) { Count(); return inner.GetPaperProfileAsync(paperId, links, cancellationToken); }

    public Task AddQuarantineAsync(IReadOnlyList<QuarantineRecord> records, CancellationToken cancellationToken) { Count(); return inner.AddQuarantineAsync(records, cancellationToken); }

    public Task<Page<QuarantineRecord>> ListQuarantineAsync(int first, string? after, CancellationToken cancellationToken) { Count(); return inner.ListQuarantineAsync(first, after, cancellationToken); }

    public Task RemoveQuarantineAsync(IReadOnlyCollection<string> quarantineIds, CancellationToken cancellationToken) { Count(); return inner.RemoveQuarantineAsync(quarantineIds, cancellationToken); }

    public Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken) { Count(); return inner.GetStatsAsync(cancellationToken); }

    public Task CheckWritableAsync(CancellationToken cancellationToken) { Count(); return inner.CheckWritableAsync(cancellationToken); }

    public Task<IReadOnlyList<string>> GetLinkPendingPaperIdsAsync(int first, CancellationToken cancellationToken) { Count(); return inner.GetLinkPendingPaperIdsAsync(first, cancellationToken); }

    public Task MarkLinkedAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) { Count(); return inner.MarkLinkedAsync(paperIds, cancellationToken); }

    public Task<WriterLeaseAttempt> TryAcquireWriterLeaseAsync(string owner, TimeSpan duration, string? takeOverFrom, CancellationToken cancellationToken) { Count(); return inner.TryAcquireWriterLeaseAsync(owner, duration, takeOverFrom, cancellationToken); }

    public Task ReleaseWriterLeaseAsync(string owner, CancellationToken cancellationToken) { Count(); return inner.ReleaseWriterLeaseAsync(owner, cancellationToken); }
}
