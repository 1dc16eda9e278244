using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite.Schema;

namespace PaperGraph.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Reads use pooled connections of their own; writes go
/// through one gate, each batch in one transaction with its commands prepared once and rebound per row.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IAsyncDisposable
{
    private readonly SqliteOptions _options;
    private readonly ILogger<SqliteGraphStore> _logger;
    private readonly string _connectionString;
    private readonly string _connectionPragmas;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly PreparedReads _paperById;

    // Native connections whose per-connection pragmas are set; weak, so a handle the pool closes is forgotten.
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configuredHandles = new();
    private static readonly object Configured = new();

    public SqliteGraphStore(SqliteOptions options, ILogger<SqliteGraphStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath, $"{SqliteOptions.SectionName}:{nameof(SqliteOptions.DatabasePath)}");
        _options = options;
        _logger = logger;
        DatabasePath = Path.GetFullPath(options.DatabasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = options.BusyTimeoutSeconds,
        }.ToString();

        // synchronous, cache_size and mmap_size are per connection; journal_mode=WAL is stored in the file.
        _connectionPragmas = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA synchronous = NORMAL; PRAGMA cache_size = -{options.CacheSizeMb * 1024}; PRAGMA mmap_size = {(long)options.MmapSizeMb * 1024 * 1024};");
        _paperById = new PreparedReads(OpenAsync, PaperByIdStatements, "@id");
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using (var wal = new SqliteCommand("PRAGMA journal_mode = WAL", connection))
            {
                await wal.ExecuteNonQueryAsync(cancellationToken);
            }

            var version = await new SchemaMigrator(_logger).MigrateAsync(connection, cancellationToken);
            Log.StoreReady(_logger, DatabasePath, version);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Pooled connections and the prepared reads' keep the file open; release them so the file can be moved or deleted.
        await _paperById.DisposeAsync();
        await using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _writeGate.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Author identity is C# (Unicode folding), so SQL calls it: migration 005 backfills paper_authors with author_key(name).
            connection.CreateFunction("author_key", (string name) => Core.Authors.AuthorNames.Key(name), isDeterministic: true);
            // The pool hands out the same native connection again, and pragmas stay set on it: set them once per handle.
            if (!_configuredHandles.TryGetValue(connection.Handle!, out _))
            {
                await using var pragmas = new SqliteCommand(_connectionPragmas, connection);
                await pragmas.ExecuteNonQueryAsync(cancellationToken);
                _configuredHandles.AddOrUpdate(connection.Handle!, Configured);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The per-connection settings as a pooled connection of this store has them (tests check every open has them).</summary>
    internal async Task<(long CacheSize, long MmapSize, long Synchronous)> ReadConnectionSettingsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var values = new long[3];
        var i = 0;
        foreach (var pragma in new[] { "PRAGMA cache_size", "PRAGMA mmap_size", "PRAGMA synchronous" })
        {
            await using var command = Command(connection, pragma);
            values[i++] = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        return (values[0], values[1], values[2]);
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction, one writer at a time.</summary>
    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var result = await work(connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (SqliteException error) when (NotWritable(error) is { } reason)
        {
            throw new StoreNotWritableException(reason, error);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private Task WriteAsync(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        WriteAsync<bool>(async (connection, transaction, ct) =>
        {
            await work(connection, transaction, ct);
            return true;
        }, cancellationToken);

    /// <summary>What an operator can do about a write SQLite refused for good (no retry helps), or null.</summary>
    private static string? NotWritable(SqliteException error) => error.SqliteErrorCode switch
    {
        SQLitePCL.raw.SQLITE_READONLY => "The SQLite database is read-only for this process (file or folder permissions, a read-only mount).",
        SQLitePCL.raw.SQLITE_FULL => "The disk holding the SQLite database is full.",
        _ => null,
    };

    /// <summary>Ids travel as one JSON array parameter read with <c>json_each</c>, so any number fits one statement.</summary>
    private static string IdsJson(IEnumerable<string> ids) => JsonSerializer.Serialize(ids.Distinct(StringComparer.Ordinal));

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null) =>
        new(sql, connection, transaction);
}
