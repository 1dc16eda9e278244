using Microsoft.Data.Sqlite;
using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    // Starts a write transaction and changes no row: SQLite refuses it at once when the file, its folder or the
    // mount is read-only, and nothing reaches the file when it can be written.
    private const string ProbeWrite = "UPDATE writer_lease SET owner = owner WHERE 0";

    // A write that needs new pages fails with SQLITE_FULL below this; the probe writes none, so it looks itself.
    private const long MinFreeBytes = 1024 * 1024;

    public async Task CheckWritableAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(DatabasePath)!;
        var free = new DriveInfo(folder).AvailableFreeSpace;
        if (free < MinFreeBytes)
        {
            throw new StoreNotWritableException($"The disk holding the SQLite database is full ({free.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes free).");
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var probe = Command(connection, ProbeWrite);
        probe.CommandTimeout = 1;
        try
        {
            await probe.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException busy) when (busy.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
        {
            // Another connection is writing right now, which it could not do on a file that cannot be written.
        }
        catch (SqliteException error) when (NotWritable(error) is { } reason)
        {
            throw new StoreNotWritableException(reason, error);
        }
    }
}
