using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;

namespace PaperGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const string LinkPendingCypher = """
        MATCH (p:LinkPending) RETURN p.id ORDER BY p.id LIMIT $first
        """;

    private const string MarkLinkedCypher = """
        UNWIND $ids AS id MATCH (p:Paper {id: id}) REMOVE p:LinkPending
        """;

    // Setting a property first takes the node's write lock, so what is read after it cannot change before
    // the commit: of two contenders the second reads the first's owner and is refused (Neo4j's documented
    // way to avoid lost updates under read committed). timestamp() is the server's clock, one for everybody.
    private const string AcquireLeaseCypher = """
        MERGE (l:WriterLease {key: 'writer'})
        SET l.locked = true
        WITH l, timestamp() AS now, l.owner AS previous, coalesce(l.expiresAt, 0) AS expiresAt
        WITH l, now, previous, expiresAt > now AND previous <> $owner AND ($takeOverFrom IS NULL OR previous <> $takeOverFrom) AS refused
        FOREACH (_ IN CASE WHEN refused THEN [] ELSE [1] END | SET l.owner = $owner, l.expiresAt = now + $durationMs)
        REMOVE l.locked
        RETURN refused, previous
        """;

    private const string ReleaseLeaseCypher = """
        MATCH (l:WriterLease {key: 'writer'}) WHERE l.owner = $owner SET l.expiresAt = 0
        """;

    public async Task<IReadOnlyList<string>> GetLinkPendingPaperIdsAsync(int first, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        var result = await _client.RunAsync(new CypherStatement(LinkPendingCypher, new { first }), cancellationToken);
        return result.Rows.Select(row => row.String(0)).ToList();
    }

    public async Task MarkLinkedAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        foreach (var ids in Distinct(paperIds).Chunk(BatchSize))
        {
            await _client.RunAsync(new CypherStatement(MarkLinkedCypher, new { ids }), cancellationToken);
        }
    }

    public async Task<WriterLeaseAttempt> TryAcquireWriterLeaseAsync(string owner, TimeSpan duration, string? takeOverFrom, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var parameters = new { owner, takeOverFrom, durationMs = (long)duration.TotalMilliseconds };
        var row = (await _client.RunAsync(new CypherStatement(AcquireLeaseCypher, parameters), cancellationToken)).Rows[0];
        var previous = row.NullableString(1);
        return row[0].GetBoolean() ? new WriterLeaseAttempt(false, previous, previous) : new WriterLeaseAttempt(true, owner, previous);
    }

    public async Task ReleaseWriterLeaseAsync(string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        await _client.RunAsync(new CypherStatement(ReleaseLeaseCypher, new { owner }), cancellationToken);
    }
}
