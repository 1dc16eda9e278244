using Microsoft.Data.Sqlite;

namespace PaperGraph.Store.Sqlite;

/// <summary>
/// Stops a running statement when its token is cancelled. Microsoft.Data.Sqlite checks the token only
/// between rows, so one long step (an FTS5 match, a sort of every row) would run to its end past any
/// timeout; <c>sqlite3_interrupt</c> ends it within a few virtual-machine steps, from any thread.
/// </summary>
internal static class SqliteInterrupt
{
    /// <summary>SQLite's result code of an interrupted statement.</summary>
    public const int InterruptedCode = 9;

    /// <summary>Interrupts the connection's statements while the returned registration lives.</summary>
    public static CancellationTokenRegistration On(SqliteConnection connection, CancellationToken cancellationToken) =>
        cancellationToken.Register(static state => SQLitePCL.raw.sqlite3_interrupt(((SqliteConnection)state!).Handle), connection);

    /// <summary>True for the error an interrupt raised because the caller cancelled.</summary>
    public static bool WasCancelled(SqliteException error, CancellationToken cancellationToken) =>
        error.SqliteErrorCode == InterruptedCode && cancellationToken.IsCancellationRequested;
}
