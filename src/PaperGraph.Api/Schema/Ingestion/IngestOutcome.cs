namespace PaperGraph.Api.Schema.Ingestion;

/// <summary>The result for one ingested document, in input order.</summary>
internal sealed record IngestOutcome(int Index, string? PaperId, IngestStatus Status, string? ReasonCode, string? Reason);
