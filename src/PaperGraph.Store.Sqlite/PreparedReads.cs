using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace PaperGraph.Store.Sqlite;

/// <summary>
/// Open connections that each keep one read statement prepared, lent to one caller at a time. A paper page reads its
/// paper by id on every request, and preparing that statement again on each call was a third of the read (7 of 22 µs,
/// BENCHMARKS.md "Serving"); a pooled connection cannot keep it, as a command belongs to the connection object it was
/// made on. At most <see cref="Kept"/> are kept: more callers at once get one made for them and closed after.
/// </summary>
internal sealed class PreparedReads(Func<CancellationToken, Task<SqliteConnection>> open, string sql, string parameterName) : IAsyncDisposable
{
    private const int Kept = 8;

    private readonly ConcurrentBag<Lease> _idle = [];
    private volatile bool _disposed;

    public async Task<Lease> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var lease))
        {
            return lease;
        }

        var connection = await open(cancellationToken);
        try
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            var parameter = command.Parameters.Add(parameterName, SqliteType.Text);
            command.Prepare();
            return new Lease(connection, command, parameter);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask ReturnAsync(Lease lease)
    {
        if (!_disposed && _idle.Count < Kept)
        {
            _idle.Add(lease);
            if (!_disposed)
            {
                return;
            }

            await DrainAsync(); // disposed while it was being returned
            return;
        }

        await lease.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await DrainAsync();
    }

    private async Task DrainAsync()
    {
        while (_idle.TryTake(out var lease))
        {
            await lease.DisposeAsync();
        }
    }

    /// <summary>An open connection, its prepared statement and the statement's one parameter.</summary>
    public sealed record Lease(SqliteConnection Connection, SqliteCommand Command, SqliteParameter Parameter) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Command.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }
}
