using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace PaperGraph.Store.Sqlite;

/// <summary>
/// Open connections that each keep a few read statements of one parameter prepared, lent to one caller at a time. A
/// paper page reads its paper by id on every request, and preparing that statement again on each call was a third of
/// the read (7 of 22 µs, BENCHMARKS.md "Serving"); a pooled connection cannot keep it, as a command belongs to the
/// connection object it was made on. The statements share the connections, so a second one costs no page cache of its
/// own. At most <see cref="Kept"/> are kept: more callers at once get one made for them and closed after.
/// </summary>
internal sealed class PreparedReads(Func<CancellationToken, Task<SqliteConnection>> open, IReadOnlyList<string> statements, string parameterName) : IAsyncDisposable
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
            var commands = new SqliteCommand[statements.Count];
            for (var i = 0; i < commands.Length; i++)
            {
                commands[i] = connection.CreateCommand();
                commands[i].CommandText = statements[i];
                commands[i].Parameters.Add(parameterName, SqliteType.Text);
                commands[i].Prepare();
            }

            return new Lease(connection, commands);
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

    /// <summary>An open connection and its prepared statements, in the order they were given.</summary>
    public sealed class Lease(SqliteConnection connection, SqliteCommand[] commands) : IAsyncDisposable
    {
        /// <summary>Statement <paramref name="statement"/> with its parameter set to <paramref name="value"/>.</summary>
        public SqliteCommand Bind(int statement, string value)
        {
            var command = commands[statement];
            command.Parameters[0].Value = value;
            return command;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var command in commands)
            {
                await command.DisposeAsync();
            }

            await connection.DisposeAsync();
        }
    }
}
