namespace PaperGraph.Ingestion.Status;

/// <summary>A consistent copy of <see cref="IngestionStatus"/>: gauges, running totals, recent and current files.</summary>
public sealed record IngestionStatusSnapshot(
    long Queued,
    long Processing,
    long Done,
    long Failed,
    long Rejected,
    long PapersCreated,
    long PapersUpdated,
    long PapersUnchanged,
    long Quarantined,
    long BytesRead,
    double SecondsIngesting,
    IReadOnlyList<IngestionFileStatus> Recent,
    IReadOnlyList<IngestionFileProgress> Current);
