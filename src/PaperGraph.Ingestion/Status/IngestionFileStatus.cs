using PaperGraph.Ingestion.Queue;

namespace PaperGraph.Ingestion.Status;

/// <summary>A finished job as the status lists it: its receipt when it was read, its error when it failed.</summary>
public sealed record IngestionFileStatus(long JobId, string File, string Origin, IngestionFileState State, IngestionReceipt? Receipt, string? Error, DateTimeOffset FinishedAt);
