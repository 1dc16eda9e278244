namespace PaperGraph.Ingestion.Queue;

/// <summary>What ingesting one source did; written next to an inbox file as <c>&lt;name&gt;.receipt.json</c>.</summary>
/// <param name="PaperIds">Distinct paper ids in the order the source lists them.</param>
/// <param name="SourceFailure">Why the whole source could not be read (binary, unreadable), or null.</param>
public sealed record IngestionReceipt(
    string File,
    string Origin,
    long Created,
    long Updated,
    long Unchanged,
    long Quarantined,
    IReadOnlyList<string> PaperIds,
    IReadOnlyList<QuarantinedEntry> QuarantinedRecords,
    long BytesRead,
    double DurationMs,
    DateTimeOffset CompletedAt,
    string? SourceFailure)
{
    public long Papers => Created + Updated + Unchanged;
}
