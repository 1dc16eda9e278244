namespace PaperGraph.Ingestion.Status;

/// <summary>How far a running job has got.</summary>
/// <param name="BytesTotal">The source's size, when known.</param>
/// <param name="Records">Papers stored plus records quarantined so far.</param>
public sealed record IngestionFileProgress(long JobId, string File, string Origin, long BytesRead, long? BytesTotal, long Records, DateTimeOffset StartedAt);
