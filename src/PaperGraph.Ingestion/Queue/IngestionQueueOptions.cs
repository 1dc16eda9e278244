using System.ComponentModel.DataAnnotations;

namespace PaperGraph.Ingestion.Queue;

/// <summary>The shared ingestion queue's limits, bound from the <c>Ingestion</c> section.</summary>
public sealed class IngestionQueueOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Jobs waiting for a slot; when full, <see cref="IngestionQueue.Enqueue"/> refuses instead of buffering.</summary>
    [Range(1, 10_000)]
    public int QueueCapacity { get; set; } = 16;

    /// <summary>Jobs ingested at once. SQLite has one writer, so more than 2 rarely helps.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>Records per store transaction.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1_000;

    /// <summary>How many finished files <see cref="Status.IngestionStatus"/> remembers with their receipts.</summary>
    [Range(1, 10_000)]
    public int RecentFiles { get; set; } = 50;

    /// <summary>What a refused client is told to wait before retrying.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}
