using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Storage;

/// <summary>
/// The graph store contract: the one seam with two implementations (embedded SQLite, Neo4j over HTTP).
/// Every write is an idempotent upsert or replace, so re-running any batch changes nothing and the
/// order batches arrive in does not change the graph. Batch reads take id collections and answer with
/// dictionaries (missing ids are absent), so callers never loop one id at a time. The behaviour is pinned
/// by <c>GraphStoreContractTests</c>, which runs against both stores.
/// </summary>
public interface IGraphStore
{
    /// <summary>Applies migrations or DDL. Idempotent; called once at start-up before any other call.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    // ---- papers ----

    /// <summary>
    /// Upserts papers by id in one transaction. A record whose paper is identical to the stored one is
    /// <see cref="UpsertResult.Unchanged"/> (it only refreshes the source's last-seen time); a changed
    /// title/abstract/authors or an earlier listing date is <see cref="UpsertResult.Updated"/>. The date kept is
    /// <see cref="ListingDate.FirstListed"/> of the stored and incoming dates, so it does not depend on order. Each (paper, source, content hash)
    /// is kept once as provenance. Records with the same id in one batch: the last one wins.
    /// </summary>
    Task<IReadOnlyList<UpsertOutcome>> UpsertPapersAsync(IReadOnlyList<PaperRecord> records, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, Paper>> GetPapersAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="GetPapersAsync"/> with every <see cref="Paper.Abstract"/> empty, for answers that show papers but not
    /// their text (a title, its authors): the abstract is most of a paper's row and of the garbage reading it makes.
    /// </summary>
    Task<IReadOnlyDictionary<string, Paper>> GetPapersWithoutAbstractsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken);

    Task<Paper?> FindPaperByArxivIdAsync(string arxivId, CancellationToken cancellationToken);

    /// <summary>Papers whose normalised title (<see cref="PaperIds.NormalizeTitle"/>) equals one of these; for matching catalog introducers.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> FindPaperIdsByTitleKeyAsync(IReadOnlyCollection<string> titleKeys, CancellationToken cancellationToken);

    Task<Page<Paper>> QueryPapersAsync(PaperQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// For each text, the ids of papers whose title or abstract holds every word of it, as
    /// <see cref="PaperFilter.Search"/> finds them, in one round trip; answered from an index the store keeps
    /// as papers are written (ids only, no rows), so the linker can ask for all names of a batch at once.
    /// A text with no word finds nothing; texts without a match are absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> FindPaperIdsWithWordsAsync(IReadOnlyCollection<string> texts, CancellationToken cancellationToken);

    /// <summary>Distinct ids of papers mentioning any of these entities, in one round trip; ids only.</summary>
    Task<IReadOnlyList<string>> FindPaperIdsMentioningAnyAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken);

    /// <summary>Counts what <see cref="QueryPapersAsync"/> would page through, without fetching it.</summary>
    Task<long> CountPapersAsync(PaperFilter filter, CancellationToken cancellationToken);

    /// <summary>Facet counts over what <see cref="QueryPapersAsync"/> would page through, in one round trip; <paramref name="top"/> entities and authors (at most <see cref="PaperFacets.MaxTop"/>).</summary>
    Task<PaperFacets> GetPaperFacetsAsync(PaperFilter filter, int top, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, IReadOnlyList<PaperSource>>> GetSourcesAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken);

    /// <summary>Every paper id in id order, for relinking and export.</summary>
    IAsyncEnumerable<string> StreamPaperIdsAsync(CancellationToken cancellationToken);

    // ---- entities ----

    /// <summary>Upserts entities by id (catalog loads and entities that papers introduce).</summary>
    Task UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="GetPapersAsync"/> and <see cref="GetEntitiesAsync"/> in one read, for views that label papers and
    /// entities together (a graph's nodes): one round trip on Neo4j where two separate reads take two.
    /// </summary>
    Task<NodeRecords> GetPapersAndEntitiesAsync(IReadOnlyCollection<string> paperIds, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken);

    /// <summary>Entities whose name or an alias equals <paramref name="alias"/> ignoring case, ordered by id.</summary>
    Task<IReadOnlyList<Entity>> FindEntitiesByAliasAsync(string alias, CancellationToken cancellationToken);

    Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken);

    /// <summary>Every entity in id order, to build the linker's dictionary.</summary>
    IAsyncEnumerable<Entity> StreamEntitiesAsync(CancellationToken cancellationToken);

    // ---- what the linker found ----

    /// <summary>Replaces each paper's mentions and introduced entities with the given ones, in one transaction.</summary>
    Task SaveAnnotationsAsync(IReadOnlyList<PaperAnnotations> annotations, CancellationToken cancellationToken);

    /// <summary>Mentions per paper, ordered by field (title first), start, end, entity id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Mention>>> GetMentionsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken);

    /// <summary>Entity ids each paper introduces, ordered by id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetIntroducedEntityIdsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken);

    /// <summary>Paper ids that introduce each entity, ordered by id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetIntroducingPaperIdsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken);

    /// <summary>How many distinct papers mention each entity (its document frequency).</summary>
    Task<IReadOnlyDictionary<string, long>> CountPapersMentioningAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken);

    /// <summary>Papers mentioning one entity, newest first then by id.</summary>
    Task<Page<string>> GetPaperIdsMentioningAsync(EntityUsageQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// A page of <see cref="GetPaperIdsMentioningAsync"/> with its papers and, when <paramref name="withCount"/>, the count
    /// of papers mentioning the entity within the query's dates, as the separate reads give them, in one round trip on
    /// Neo4j (an entity's <c>usedBy</c> page with its <c>totalCount</c>).
    /// </summary>
    Task<EntityUsage> GetEntityUsageAsync(EntityUsageQuery query, bool withCount, CancellationToken cancellationToken);

    /// <summary>
    /// For each entity, the first <paramref name="perEntity"/> papers <see cref="GetPaperIdsMentioningAsync"/> would
    /// list for it without dates or cursor (newest first then by id), in one round trip for all of them, so readers
    /// that fan out from several entities do not ask once per entity. Entities nobody mentions are absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetNewestPaperIdsMentioningAsync(IReadOnlyList<string> entityIds, int perEntity, CancellationToken cancellationToken);

    /// <summary>Entities mentioned together with one entity, by shared papers descending then id.</summary>
    Task<IReadOnlyList<CoMention>> GetCoMentionedAsync(string entityId, int first, CancellationToken cancellationToken);

    /// <summary>Papers mentioning one entity per period, oldest period first.</summary>
    Task<IReadOnlyList<UsageBucket>> GetUsageByPeriodAsync(string entityId, PeriodGranularity granularity, CancellationToken cancellationToken);

    /// <summary>Replaces all outgoing links of <paramref name="citingPaperIds"/> with <paramref name="links"/>, in one transaction.</summary>
    Task ReplaceLinksAsync(IReadOnlyCollection<string> citingPaperIds, IReadOnlyList<PaperLink> links, CancellationToken cancellationToken);

    /// <summary>
    /// Links per paper in one direction, ordered by score descending then the other paper's id; with
    /// <see cref="LinkDirection.Both"/>, a paper's outgoing links so ordered, then its incoming ones.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<PaperLink>>> GetLinksAsync(IReadOnlyCollection<string> paperIds, LinkDirection direction, CancellationToken cancellationToken);

    // ---- several reads at once, for exploration ----

    /// <summary>
    /// For each frontier, the records <see cref="FrontierRecords"/> names, as the separate reads give them, in one
    /// round trip for all the frontiers on Neo4j (a graph search reads both its sides' next frontiers together).
    /// </summary>
    Task<IReadOnlyList<FrontierRecords>> GetFrontiersAsync(IReadOnlyList<FrontierQuery> frontiers, CancellationToken cancellationToken);

    /// <summary>
    /// One paper's links (<paramref name="links"/>; none when null), mentions, mentioned entities with their paper
    /// counts, and the store's paper count, as the separate reads give them, in one round trip on Neo4j.
    /// </summary>
    Task<PaperProfile> GetPaperProfileAsync(string paperId, LinkDirection? links, CancellationToken cancellationToken);

    // ---- quarantine ----

    /// <summary>Adds records kept aside; a record with an id already present is left as it is.</summary>
    Task AddQuarantineAsync(IReadOnlyList<QuarantineRecord> records, CancellationToken cancellationToken);

    /// <summary>Quarantined records, oldest first then by id.</summary>
    Task<Page<QuarantineRecord>> ListQuarantineAsync(int first, string? after, CancellationToken cancellationToken);

    Task RemoveQuarantineAsync(IReadOnlyCollection<string> quarantineIds, CancellationToken cancellationToken);

    Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Throws <see cref="StoreNotWritableException"/> when a write would fail now (a read-only file, folder or mount,
    /// a full disk), writing nothing; readiness answers 503 on it. A store whose server reports its own write
    /// failures per request (Neo4j) completes.
    /// </summary>
    Task CheckWritableAsync(CancellationToken cancellationToken);

    // ---- link state and the writer lease ----

    /// <summary>
    /// Ids of papers waiting for a linking pass, in id order, at most <paramref name="first"/>. <see cref="UpsertPapersAsync"/>
    /// adds every created or updated paper in its own transaction; <see cref="MarkLinkedAsync"/> removes them.
    /// </summary>
    Task<IReadOnlyList<string>> GetLinkPendingPaperIdsAsync(int first, CancellationToken cancellationToken);

    /// <summary>Records that a complete linking pass covered these papers (ids not pending are ignored).</summary>
    Task MarkLinkedAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken);

    /// <summary>
    /// Takes or renews the store's one writer lease for <paramref name="duration"/>, by the store's clock, in one
    /// conditional write: granted when nobody holds it, its holder is <paramref name="owner"/>, it has expired, or
    /// its holder is exactly <paramref name="takeOverFrom"/> (a holder the caller has seen die). Two contenders
    /// can never both be granted.
    /// </summary>
    Task<WriterLeaseAttempt> TryAcquireWriterLeaseAsync(string owner, TimeSpan duration, string? takeOverFrom, CancellationToken cancellationToken);

    /// <summary>Ends <paramref name="owner"/>'s lease now, keeping it as the last writer; another owner's lease is left alone.</summary>
    Task ReleaseWriterLeaseAsync(string owner, CancellationToken cancellationToken);
}
