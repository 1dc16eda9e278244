using Microsoft.Data.Sqlite;

namespace PaperGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string InsertLinkPending = """
        INSERT OR IGNORE INTO link_pending (paper_id) SELECT value FROM json_each(@ids)
        """;

    private const string SelectLinkPending = """
        SELECT paper_id FROM link_pending ORDER BY paper_id LIMIT @first
        """;

    private const string DeleteLinkPending = """
        DELETE FROM link_pending WHERE paper_id IN (SELECT value FROM json_each(@ids))
        """;

    /// <summary>Adds papers to <c>link_pending</c> inside the transaction that stores them.</summary>
    private static void AddLinkPending(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> paperIds)
    {
        var ids = IdsJson(paperIds);
        if (ids == "[]")
        {
            return;
        }

        using var insert = Command(connection, InsertLinkPending, transaction);
        insert.Parameters.AddWithValue("@ids", ids);
        insert.ExecuteNonQuery();
    }

    public async Task<IReadOnlyList<string>> GetLinkPendingPaperIdsAsync(int first, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SelectLinkPending);
        command.Parameters.AddWithValue("@first", first);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public Task MarkLinkedAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        return paperIds.Count == 0
            ? Task.CompletedTask
            : WriteAsync(async (connection, transaction, ct) =>
            {
                await using var delete = Command(connection, DeleteLinkPending, transaction);
                delete.Parameters.AddWithValue("@ids", IdsJson(paperIds));
                await delete.ExecuteNonQueryAsync(ct);
            }, cancellationToken);
    }
}
