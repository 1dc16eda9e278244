namespace PaperGraph.Ingestion.Queue;

/// <summary>A job accepted by the queue: its id and the receipt it will finish with.</summary>
/// <param name="Completion">Completes with the receipt, faults with the store's error, or is cancelled at shutdown.</param>
public sealed record IngestionTicket(long JobId, string Name, Task<IngestionReceipt> Completion);
