using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    // The database's clock, so processes compare expiries on one clock whatever their own say.
    private const string NowMs = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";

    private const string SelectLease = $"""
        SELECT owner, expires_at > {NowMs} FROM writer_lease WHERE id = 1
        """;

    private const string UpsertLease = $"""
        INSERT INTO writer_lease (id, owner, expires_at) VALUES (1, @owner, {NowMs} + @durationMs)
        ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
        """;

    private const string ExpireLease = """
        UPDATE writer_lease SET expires_at = 0 WHERE id = 1 AND owner = @owner
        """;

    /// <summary>
    /// Reads and writes the lease row in one write transaction (<c>BEGIN IMMEDIATE</c>, which takes the database's
    /// write lock first), so the read cannot go stale before the write: of two processes, the second sees the first's row.
    /// </summary>
    public Task<WriterLeaseAttempt> TryAcquireWriterLeaseAsync(string owner, TimeSpan duration, string? takeOverFrom, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return WriteAsync(async (connection, transaction, ct) =>
        {
            string? previous = null;
            var live = false;
            await using (var select = Command(connection, SelectLease, transaction))
            await using (var reader = await select.ExecuteReaderAsync(ct))
            {
                if (await reader.ReadAsync(ct))
                {
                    (previous, live) = (reader.GetString(0), reader.GetInt64(1) == 1);
                }
            }

            if (live && previous != owner && previous != takeOverFrom)
            {
                return new WriterLeaseAttempt(false, previous, previous);
            }

            await using var upsert = Command(connection, UpsertLease, transaction);
            upsert.Parameters.AddWithValue("@owner", owner);
            upsert.Parameters.AddWithValue("@durationMs", (long)duration.TotalMilliseconds);
            await upsert.ExecuteNonQueryAsync(ct);
            return new WriterLeaseAttempt(true, owner, previous);
        }, cancellationToken);
    }

    public Task ReleaseWriterLeaseAsync(string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        return WriteAsync(async (connection, transaction, ct) =>
        {
            await using var expire = Command(connection, ExpireLease, transaction);
            expire.Parameters.AddWithValue("@owner", owner);
            await expire.ExecuteNonQueryAsync(ct);
        }, cancellationToken);
    }
}
