using System.ComponentModel.DataAnnotations;

namespace PaperGraph.Store.Sqlite;

/// <summary>Settings of the embedded SQLite store, bound from the <c>Sqlite</c> section.</summary>
public sealed class SqliteOptions
{
    public const string SectionName = "Sqlite";

    /// <summary>The database file; it and its folder are created when missing.</summary>
    [Required]
    public string DatabasePath { get; set; } = string.Empty;

    /// <summary>Rows read per round trip when streaming every paper id or entity.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 2_000;

    /// <summary>How long a connection waits for another writer before it fails.</summary>
    [Range(1, 3_600)]
    public int BusyTimeoutSeconds { get; set; } = 30;

    /// <summary>Page cache per connection, in MiB.</summary>
    [Range(1, 4_096)]
    public int CacheSizeMb { get; set; } = 64;
}
