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
}
