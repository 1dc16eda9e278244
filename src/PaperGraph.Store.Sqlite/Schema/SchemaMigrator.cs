using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace PaperGraph.Store.Sqlite.Schema;

/// <summary>
/// Applies the numbered scripts of <c>schema/sqlite</c> (embedded in this assembly) that a database has
/// not seen yet, in order and in one transaction, recording each in <c>schema_version</c>.
/// </summary>
internal sealed class SchemaMigrator(ILogger logger)
{
    private const string ResourcePrefix = "PaperGraph.Store.Sqlite.Schema.";

    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """;

    private const string SelectVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_version";

    private const string InsertVersion = """
        INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        """;

    /// <summary>Every migration in this assembly, by version.</summary>
    public static IReadOnlyList<(int Version, string Name)> Migrations { get; } = typeof(SchemaMigrator).Assembly
        .GetManifestResourceNames()
        .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
        .Select(name => name[ResourcePrefix.Length..])
        .Select(name => (Version: int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture), Name: name))
        .OrderBy(migration => migration.Version)
        .ToArray();

    /// <summary>Brings the schema up to date and returns its version.</summary>
    public Task<int> MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        MigrateAsync(connection, int.MaxValue, cancellationToken);

    /// <summary>Applies the migrations up to <paramref name="lastVersion"/>: how a test builds a database as an older release left it.</summary>
    public async Task<int> MigrateAsync(SqliteConnection connection, int lastVersion, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, CreateVersionTable, cancellationToken);
        await using var select = new SqliteCommand(SelectVersion, connection, transaction);
        var current = Convert.ToInt32(await select.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        foreach (var (version, name) in Migrations.Where(m => m.Version > current && m.Version <= lastVersion))
        {
            await ExecuteAsync(connection, transaction, ReadScript(name), cancellationToken);
            await using var record = new SqliteCommand(InsertVersion, connection, transaction);
            record.Parameters.AddWithValue("@version", version);
            record.Parameters.AddWithValue("@name", name);
            await record.ExecuteNonQueryAsync(cancellationToken);
            Log.MigrationApplied(logger, version, name);
            current = version;
        }

        await transaction.CommitAsync(cancellationToken);
        return current;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string ReadScript(string name)
    {
        using var stream = typeof(SchemaMigrator).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Migration {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
