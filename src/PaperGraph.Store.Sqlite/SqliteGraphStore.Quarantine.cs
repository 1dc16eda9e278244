using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string InsertQuarantine = """
        INSERT INTO quarantine (id, source, line, byte_offset, reason_code, reason, raw, format, quarantined_at)
        VALUES (@id, @source, @line, @offset, @reasonCode, @reason, @raw, @format, @at)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string SelectQuarantinePage = """
        SELECT id, source, line, byte_offset, reason_code, reason, raw, format, quarantined_at FROM quarantine
        WHERE @afterId IS NULL OR (quarantined_at, id) > (@afterAt, @afterId)
        ORDER BY quarantined_at, id
        LIMIT @limit
        """;

    private const string DeleteQuarantine = "DELETE FROM quarantine WHERE id IN (SELECT value FROM json_each(@ids))";

    // Kept by migration 007's triggers: one indexed read however large the store.
    private const string SelectStats = """
        SELECT max(CASE name WHEN 'papers' THEN n END), max(CASE name WHEN 'entities' THEN n END),
               max(CASE name WHEN 'mentions' THEN n END), max(CASE name WHEN 'links' THEN n END),
               max(CASE name WHEN 'quarantine' THEN n END)
        FROM row_counts
        """;

    public Task AddQuarantineAsync(IReadOnlyList<QuarantineRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Count == 0 ? Task.CompletedTask : WriteAsync((connection, transaction, ct) =>
        {
            using var insert = PreparedCommand.Create(connection, transaction, InsertQuarantine,
                "@id", "@source", "@line", "@offset", "@reasonCode", "@reason", "@raw", "@format", "@at");
            foreach (var r in records)
            {
                ct.ThrowIfCancellationRequested();
                var raw = r.Raw.Length > QuarantineRecord.RawLimit ? r.Raw[..QuarantineRecord.RawLimit] : r.Raw;
                insert.Run(r.Id, r.Source, r.Line, r.Offset, r.ReasonCode, r.Reason, raw, r.Format, r.QuarantinedAt.UtcTicks);
            }

            return Task.CompletedTask;
        }, cancellationToken);
    }

    public async Task<Page<QuarantineRecord>> ListQuarantineAsync(int first, string? after, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        (long At, string Id)? position = after is null ? null : PageCursor.Decode<long>(after, PageCursor.Quarantine);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SelectQuarantinePage);
        command.Parameters.AddWithValue("@afterAt", (object?)position?.At ?? DBNull.Value);
        command.Parameters.AddWithValue("@afterId", (object?)position?.Id ?? DBNull.Value);
        command.Parameters.AddWithValue("@limit", first + 1);
        var items = new List<PageItem<QuarantineRecord>>();
        var hasNext = false;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (items.Count == first)
            {
                hasNext = true;
                break;
            }

            var ticks = reader.GetInt64(8);
            var record = new QuarantineRecord
            {
                Id = reader.GetString(0),
                Source = reader.GetString(1),
                Line = reader.IsDBNull(2) ? null : reader.GetInt64(2),
                Offset = reader.IsDBNull(3) ? null : reader.GetInt64(3),
                ReasonCode = reader.GetString(4),
                Reason = reader.GetString(5),
                Raw = (byte[])reader.GetValue(6),
                Format = reader.GetString(7),
                QuarantinedAt = FromTicks(ticks),
            };
            items.Add(new PageItem<QuarantineRecord>(record, PageCursor.Encode(PageCursor.Quarantine, ticks, record.Id)));
        }

        return new Page<QuarantineRecord>(items, hasNext);
    }

    public Task RemoveQuarantineAsync(IReadOnlyCollection<string> quarantineIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quarantineIds);
        return WriteAsync(async (connection, transaction, ct) =>
        {
            await using var delete = Command(connection, DeleteQuarantine, transaction);
            delete.Parameters.AddWithValue("@ids", IdsJson(quarantineIds));
            await delete.ExecuteNonQueryAsync(ct);
        }, cancellationToken);
    }

    public async Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SelectStats);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreStats(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }
}
