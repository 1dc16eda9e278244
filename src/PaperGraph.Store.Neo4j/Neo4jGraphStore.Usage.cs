using System.Globalization;
using System.Text.Json;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;

namespace PaperGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // An id never seen is absent; a known entity nobody mentions counts 0.
    private const string CountMentioningCypher = """
        UNWIND $ids AS id
        MATCH (e:EntityRef {id: id})
        OPTIONAL MATCH (e)<-[:MENTIONS]-(p:Paper)
        RETURN id, count(DISTINCT p)
        """;

    public async Task<IReadOnlyDictionary<string, long>> CountPapersMentioningAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var ids in Distinct(entityIds).Chunk(BatchSize))
        {
            AddCounts(await _client.RunAsync(new CypherStatement(CountMentioningCypher, new { ids }), cancellationToken), counts);
        }

        return counts;
    }

    /// <summary>Adds (id, count) rows.</summary>
    private static void AddCounts(CypherResult result, Dictionary<string, long> counts)
    {
        foreach (var row in result.Rows)
        {
            counts[row.String(0)] = row.Int64(1);
        }
    }

    // Newest first: the negated date key ascends, and "no date" (-1) lands last.
    private const string PapersMentioningRowsCypher = """
        MATCH (:EntityRef {id: $entityId})<-[:MENTIONS]-(p:Paper)
        WITH DISTINCT p
        WHERE ($dateFrom IS NULL OR (p.dateYear IS NOT NULL AND p.dateOrd >= $dateFrom))
          AND ($dateTo IS NULL OR (p.dateYear IS NOT NULL AND p.dateOrd <= $dateTo))
        WITH p, -p.dateOrd AS sortKey
        WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND p.id > $afterId)

        """;

    private const string PapersMentioningCypher = PapersMentioningRowsCypher + "RETURN p.id, sortKey\nORDER BY sortKey, p.id\nLIMIT $limit";

    public async Task<Page<string>> GetPaperIdsMentioningAsync(EntityUsageQuery query, CancellationToken cancellationToken)
    {
        var parameters = MentioningParameters(query);
        var result = await _client.RunAsync(new CypherStatement(PapersMentioningCypher, parameters), cancellationToken);
        return MentioningPage(result, query.First);
    }

    /// <summary>The parameters of <see cref="PapersMentioningCypher"/>; a cursor this list did not make throws here, before any request.</summary>
    private static object MentioningParameters(EntityUsageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        (JsonElement Key, string Id)? after = string.IsNullOrEmpty(query.After) ? null : PageCursor.Decode<JsonElement>(query.After, PageCursor.Mentioning);
        return new
        {
            entityId = query.EntityId,
            dateFrom = query.DateFrom is { } from ? DateKey.Of(from) : (long?)null,
            dateTo = query.DateTo is { } to ? DateKey.Of(to) : (long?)null,
            afterKey = after?.Key,
            afterId = after?.Id,
            limit = query.First + 1,
        };
    }

    /// <summary>The page of (id, sort key) rows read with one row beyond it.</summary>
    private static Page<string> MentioningPage(CypherResult result, int first)
    {
        var items = result.Rows.Take(first)
            .Select(row => new PageItem<string>(row.String(0), PageCursor.Encode(PageCursor.Mentioning, row[1], row.String(0))))
            .ToList();
        return new Page<string>(items, result.Rows.Count > first);
    }

    // PapersMentioningCypher's order for many entities at once: 3.x has no subqueries for a LIMIT per entity, so each
    // entity's papers are sorted, collected in that order and cut to $perEntity.
    private const string NewestPapersMentioningCypher = """
        UNWIND $entityIds AS entityId
        MATCH (:EntityRef {id: entityId})<-[:MENTIONS]-(p:Paper)
        WITH DISTINCT entityId, p
        WITH entityId, p, -p.dateOrd AS sortKey
        ORDER BY sortKey, p.id
        WITH entityId, collect(p.id) AS paperIds
        RETURN entityId, paperIds[..$perEntity]
        """;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetNewestPaperIdsMentioningAsync(IReadOnlyList<string> entityIds, int perEntity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentOutOfRangeException.ThrowIfNegative(perEntity);
        var newest = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (perEntity == 0)
        {
            return newest;
        }

        foreach (var ids in Distinct(entityIds).Chunk(BatchSize))
        {
            var result = await _client.RunAsync(new CypherStatement(NewestPapersMentioningCypher, new { entityIds = ids, perEntity }), cancellationToken);
            foreach (var row in result.Rows)
            {
                newest[row.String(0)] = row.Strings(1);
            }
        }

        return newest;
    }

    private const string CoMentionedCypher = """
        MATCH (e:EntityRef {id: $entityId})<-[:MENTIONS]-(p:Paper)
        WITH DISTINCT e, p
        MATCH (p)-[:MENTIONS]->(other:EntityRef)
        WHERE other <> e
        WITH other, count(DISTINCT p) AS shared
        RETURN other.id, shared
        ORDER BY shared DESC, other.id
        LIMIT $first
        """;

    public async Task<IReadOnlyList<CoMention>> GetCoMentionedAsync(string entityId, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var result = await _client.RunAsync(new CypherStatement(CoMentionedCypher, new { entityId, first }), cancellationToken);
        return result.Rows.Select(row => new CoMention(row.String(0), row.Int64(1))).ToList();
    }

    private const string UsageCypher = """
        MATCH (:EntityRef {id: $entityId})<-[:MENTIONS]-(p:Paper)
        WHERE p.dateYear IS NOT NULL
        WITH DISTINCT p
        WITH p.dateYear AS year, CASE WHEN $byMonth THEN p.dateMonth ELSE 0 END AS month
        RETURN year, month, count(*)
        ORDER BY year, month
        """;

    public async Task<IReadOnlyList<UsageBucket>> GetUsageByPeriodAsync(string entityId, PeriodGranularity granularity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        var byMonth = granularity == PeriodGranularity.Month;
        var result = await _client.RunAsync(new CypherStatement(UsageCypher, new { entityId, byMonth }), cancellationToken);
        return result.Rows
            .Select(row => new UsageBucket(
                byMonth
                    ? string.Create(CultureInfo.InvariantCulture, $"{row.Int64(0):D4}-{row.Int64(1):D2}")
                    : string.Create(CultureInfo.InvariantCulture, $"{row.Int64(0):D4}"),
                row.Int64(2)))
            .ToList();
    }
}
