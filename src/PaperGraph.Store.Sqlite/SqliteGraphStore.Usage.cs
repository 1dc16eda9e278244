using Microsoft.Data.Sqlite;
using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string CountPapersPerEntity = """
        SELECT entity_id, COUNT(*) FROM paper_entities
        WHERE entity_id IN (SELECT value FROM json_each(@ids))
        GROUP BY entity_id
        """;

    // date_key >= 10000 means the date has a year; papers without one never match a date bound.
    private const string SelectPapersMentioning = """
        SELECT pe.paper_id, pe.date_key FROM paper_entities pe
        WHERE pe.entity_id = @entityId
          AND (@dateFrom IS NULL OR (pe.date_key >= 10000 AND pe.date_key >= @dateFrom))
          AND (@dateTo IS NULL OR (pe.date_key >= 10000 AND pe.date_key <= @dateTo))
          AND (@afterId IS NULL OR pe.date_key < @afterKey OR (pe.date_key = @afterKey AND pe.paper_id > @afterId))
        ORDER BY pe.date_key DESC, pe.paper_id
        LIMIT @limit
        """;

    // The same order as SelectPapersMentioning without bounds, so the index (entity_id, date_key DESC, paper_id) stops at the limit.
    private const string SelectNewestPapersMentioning = """
        SELECT paper_id FROM paper_entities
        WHERE entity_id = @entityId
        ORDER BY date_key DESC, paper_id
        LIMIT @limit
        """;

    private const string SelectCoMentioned = """
        SELECT other.entity_id, COUNT(*) AS shared
        FROM paper_entities mine JOIN paper_entities other ON other.paper_id = mine.paper_id
        WHERE mine.entity_id = @entityId AND other.entity_id <> @entityId
        GROUP BY other.entity_id
        ORDER BY shared DESC, other.entity_id
        LIMIT @first
        """;

    private const string SelectUsageByMonth = """
        SELECT printf('%04d-%02d', date_key / 10000, date_key / 100 % 100), COUNT(*)
        FROM paper_entities
        WHERE entity_id = @entityId AND date_key >= 10000
        GROUP BY date_key / 100
        ORDER BY date_key / 100
        """;

    private const string SelectUsageByYear = """
        SELECT printf('%04d', date_key / 10000), COUNT(*)
        FROM paper_entities
        WHERE entity_id = @entityId AND date_key >= 10000
        GROUP BY date_key / 10000
        ORDER BY date_key / 10000
        """;

    public async Task<IReadOnlyDictionary<string, long>> CountPapersMentioningAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, CountPapersPerEntity);
        command.Parameters.AddWithValue("@ids", IdsJson(entityIds));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    public async Task<Page<string>> GetPaperIdsMentioningAsync(EntityUsageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        (long Key, string Id)? after = query.After is null ? null : PageCursor.Decode<long>(query.After, PageCursor.Mentioning);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SelectPapersMentioning);
        command.Parameters.AddWithValue("@entityId", query.EntityId);
        command.Parameters.AddWithValue("@dateFrom", query.DateFrom is { } from ? DateKey.Of(from) : DBNull.Value);
        command.Parameters.AddWithValue("@dateTo", query.DateTo is { } to ? DateKey.Of(to) : DBNull.Value);
        command.Parameters.AddWithValue("@afterKey", (object?)after?.Key ?? DBNull.Value);
        command.Parameters.AddWithValue("@afterId", (object?)after?.Id ?? DBNull.Value);
        command.Parameters.AddWithValue("@limit", query.First + 1);
        var items = new List<PageItem<string>>();
        var hasNext = false;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (items.Count == query.First)
            {
                hasNext = true;
                break;
            }

            var id = reader.GetString(0);
            items.Add(new PageItem<string>(id, PageCursor.Encode(PageCursor.Mentioning, reader.GetInt64(1), id)));
        }

        return new Page<string>(items, hasNext);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetNewestPaperIdsMentioningAsync(IReadOnlyList<string> entityIds, int perEntity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentOutOfRangeException.ThrowIfNegative(perEntity);
        var newest = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (perEntity == 0 || entityIds.Count == 0)
        {
            return newest;
        }

        await using var connection = await OpenAsync(cancellationToken);
        // One read transaction: every entity's list comes from the same snapshot, as from Neo4j's one statement.
        // BEGIN DEFERRED touches no file, so the synchronous call does not block.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = Command(connection, SelectNewestPapersMentioning, transaction);
        var entityId = command.Parameters.Add("@entityId", SqliteType.Text);
        command.Parameters.AddWithValue("@limit", perEntity);
        command.Prepare();
        foreach (var id in entityIds.Distinct(StringComparer.Ordinal))
        {
            entityId.Value = id;
            var ids = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    ids.Add(reader.GetString(0));
                }
            }

            if (ids.Count > 0)
            {
                newest[id] = ids;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return newest;
    }

    public async Task<IReadOnlyList<CoMention>> GetCoMentionedAsync(string entityId, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var coMentions = new List<CoMention>();
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SelectCoMentioned);
        command.Parameters.AddWithValue("@entityId", entityId);
        command.Parameters.AddWithValue("@first", first);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            coMentions.Add(new CoMention(reader.GetString(0), reader.GetInt64(1)));
        }

        return coMentions;
    }

    public async Task<IReadOnlyList<UsageBucket>> GetUsageByPeriodAsync(string entityId, PeriodGranularity granularity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        var sql = granularity switch
        {
            PeriodGranularity.Month => SelectUsageByMonth,
            PeriodGranularity.Year => SelectUsageByYear,
            _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown period granularity."),
        };
        var buckets = new List<UsageBucket>();
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql);
        command.Parameters.AddWithValue("@entityId", entityId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            buckets.Add(new UsageBucket(reader.GetString(0), reader.GetInt64(1)));
        }

        return buckets;
    }
}
