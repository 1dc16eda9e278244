using PaperGraph.Core.Linking;

namespace PaperGraph.Core.Ingestion;

/// <summary>How an <see cref="IngestionPipeline"/> run batches, validates and links.</summary>
public sealed record IngestionOptions
{
    /// <summary>Records per store call; also the most the pipeline holds in memory at once.</summary>
    public int BatchSize { get; init; } = 1_000;

    public ListingLimits Limits { get; init; } = ListingLimits.Default;

    /// <summary>
    /// Links each stored batch (<see cref="IngestionBatch.PaperIdsToLink"/>) before the next is read; none to
    /// store without linking. Every ingestion path links through this one hook.
    /// </summary>
    public GraphLinker? Linker { get; init; }

    /// <summary>Link every paper of each batch, changed or not: a source resumed after a crash may have stored papers it never linked.</summary>
    public bool LinkEveryPaper { get; init; }

    /// <summary>
    /// Called after each batch is written, before it is linked and even when nothing changed: lets a caller
    /// keep a per-source receipt (which papers, which quarantined records) without reading the store back.
    /// </summary>
    public Func<IngestionBatch, CancellationToken, Task>? BatchWrittenAsync { get; init; }
}
