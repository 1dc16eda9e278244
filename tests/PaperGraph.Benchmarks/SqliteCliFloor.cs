using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using PaperGraph.Store.Sqlite;

namespace PaperGraph.Benchmarks;

/// <summary>
/// The raw floor for storage: the <c>sqlite3</c> command-line shell loads the rows PaperGraph stored into a fresh
/// file built from the same migration scripts (embedded in the store's assembly), with the store's pragmas, by
/// the fastest means it has: <c>.import</c> of CSV into staging tables, then one INSERT…SELECT per table in one
/// transaction, and one statement that fills the full-text index, which PaperGraph fills once per batch.
/// </summary>
internal static class SqliteCliFloor
{
    private const string ExportPapers = """
        SELECT id, title, abstract, arxiv_id, title_key, authors, date, year, month, day, date_key FROM papers ORDER BY pk
        """;

    private const string ExportSources = """
        SELECT paper_id, source, content_hash, line, first_seen, last_seen FROM paper_sources
        """;

    private const string Load = """
        CREATE TEMP TABLE staging_papers (id, title, abstract, arxiv_id, title_key, authors, date, year, month, day, date_key);
        CREATE TEMP TABLE staging_sources (paper_id, source, content_hash, line, first_seen, last_seen);
        .import --csv papers.csv staging_papers
        .import --csv sources.csv staging_sources
        BEGIN;
        INSERT INTO papers (id, title, abstract, arxiv_id, title_key, authors, date, year, month, day, date_key)
            SELECT id, title, abstract, NULLIF(arxiv_id, ''), title_key, authors, NULLIF(date, ''), NULLIF(year, ''), NULLIF(month, ''), NULLIF(day, ''), date_key
            FROM staging_papers;
        INSERT INTO paper_sources (paper_id, source, content_hash, line, first_seen, last_seen)
            SELECT paper_id, source, content_hash, line, first_seen, last_seen FROM staging_sources;
        INSERT INTO papers_fts (rowid, title, abstract) SELECT pk, title, abstract FROM papers;
        COMMIT;
        """;

    public sealed record Result(string Version, long Papers, double Seconds, long DatabaseBytes);

    public static async Task<Result?> RunAsync(string paperGraphDatabase, string workDirectory)
    {
        var version = await RunCliAsync(workDirectory, "--version");
        if (version is null)
        {
            Console.WriteLine("sqlite3 CLI: NOT FOUND on PATH - raw floor skipped (install it, e.g. apt-get install -y sqlite3)");
            return null;
        }

        await ExportCsvAsync(paperGraphDatabase, workDirectory);
        var script = Path.Combine(workDirectory, "load.sql");
        var pragmas = "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\nPRAGMA cache_size = -65536;\nPRAGMA foreign_keys = ON;\n";
        await File.WriteAllTextAsync(script, pragmas + string.Join('\n', MigrationScripts()) + '\n' + Load + '\n');
        var database = Path.Combine(workDirectory, "raw.db");
        var clock = Stopwatch.StartNew();
        if (await RunCliAsync(workDirectory, "-bail", database, ".read load.sql") is null)
        {
            throw new InvalidOperationException("sqlite3 failed to load the rows; see its output above.");
        }

        var seconds = clock.Elapsed.TotalSeconds;
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var count = new SqliteCommand("SELECT count(*) FROM papers", connection);
        var papers = Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        return new Result(version.Split(' ')[0], papers, seconds, DatabaseBytes(database));
    }

    public static long DatabaseBytes(string database) =>
        new[] { database, database + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private static IEnumerable<string> MigrationScripts()
    {
        var assembly = typeof(SqliteGraphStore).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return reader.ReadToEnd();
        }
    }

    private static async Task ExportCsvAsync(string database, string directory)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await WriteCsvAsync(connection, ExportPapers, Path.Combine(directory, "papers.csv"));
        await WriteCsvAsync(connection, ExportSources, Path.Combine(directory, "sources.csv"));
    }

    private static async Task WriteCsvAsync(SqliteConnection connection, string query, string path)
    {
        await using var command = new SqliteCommand(query, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (i > 0)
                {
                    await writer.WriteAsync(',');
                }

                if (!reader.IsDBNull(i))
                {
                    var value = Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
                    await writer.WriteAsync('"' + value.Replace("\"", "\"\"", StringComparison.Ordinal) + '"');
                }
            }

            await writer.WriteAsync("\r\n");
        }
    }

    /// <summary>Runs sqlite3 with these arguments; its standard output, or null when it is missing or fails.</summary>
    private static async Task<string?> RunCliAsync(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("sqlite3") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                Console.WriteLine($"sqlite3 exited with {process.ExitCode}: {(await error).Trim()}");
                return null;
            }

            return (await output).Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // not installed
        }
    }
}
