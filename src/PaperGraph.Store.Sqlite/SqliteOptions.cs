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

    /// <summary>
    /// Page cache per connection, in MiB. Each pooled connection has its own, so a process holds up to pool size times
    /// this. 2 for the batch commands, which read mostly in order: a linking ingest of the full corpus peaked at 296–300 MB
    /// at 8 against 280–284 MB at 2, for 10–15% more system time (at 64 it was 680 MB; see BENCHMARKS.md). A server sets
    /// its own (<c>serve</c> and the API host: 8).
    /// </summary>
    [Range(1, 4_096)]
    public int CacheSizeMb { get; set; } = 2;

    /// <summary>
    /// Bytes of the file read through a memory map, in MiB (SQLite's <c>mmap_size</c>; 0, the default, turns it off).
    /// Mapped pages are the operating system's page cache, shared by every connection and process, instead of a copy
    /// per connection; off by default because the pages a process touches count in its resident size.
    /// </summary>
    [Range(0, 1_048_576)]
    public int MmapSizeMb { get; set; }

    /// <summary>
    /// The most matches a search-only page by relevance ranks with bm25. A search matching more (at 10,000, a word in a
    /// seventh of the full corpus) is answered without ranking: papers whose title holds every word first, then the
    /// others, each newest added first (<see cref="Papers.CommonWordSearch"/>); ranking them all cost hundreds of
    /// milliseconds on a busy machine.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int SearchRankLimit { get; set; } = 10_000;
}
