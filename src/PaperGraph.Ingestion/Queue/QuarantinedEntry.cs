namespace PaperGraph.Ingestion.Queue;

/// <summary>A record of a file that went to quarantine, as a receipt lists it.</summary>
public sealed record QuarantinedEntry(string Id, long? Line, string ReasonCode, string Reason);
