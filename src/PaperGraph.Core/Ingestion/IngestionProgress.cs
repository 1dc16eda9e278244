namespace PaperGraph.Core.Ingestion;

/// <summary>A snapshot of a running ingestion, reported after every batch and every source.</summary>
/// <param name="BytesTotal">Sum of the known source sizes; null when a source (stdin) has no size.</param>
public sealed record IngestionProgress(
    int FilesDone,
    int FilesTotal,
    string? CurrentSource,
    long PapersCreated,
    long PapersUpdated,
    long PapersUnchanged,
    long Quarantined,
    long BytesRead,
    long? BytesTotal);
