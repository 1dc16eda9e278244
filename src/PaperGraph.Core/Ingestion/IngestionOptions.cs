namespace PaperGraph.Core.Ingestion;

/// <summary>How an <see cref="IngestionPipeline"/> run batches and validates.</summary>
public sealed record IngestionOptions
{
    /// <summary>Records per store call; also the most the pipeline holds in memory at once.</summary>
    public int BatchSize { get; init; } = 1_000;

    public ListingLimits Limits { get; init; } = ListingLimits.Default;

    /// <summary>
    /// Called after each batch is stored with the ids of the papers it created or updated, in input order,
    /// before the next batch is read: the seam where the linker annotates what just changed.
    /// </summary>
    public Func<IReadOnlyList<string>, CancellationToken, Task>? AfterBatchAsync { get; init; }

    /// <summary>
    /// Called after each batch is written, before <see cref="AfterBatchAsync"/> and even when nothing changed:
    /// lets a caller keep a per-source receipt (which papers, which quarantined records) without reading the
    /// store back, or link every paper of a batch when it resumes a source interrupted by a crash.
    /// </summary>
    public Func<IngestionBatch, CancellationToken, Task>? BatchWrittenAsync { get; init; }
}
