namespace PaperGraph.Api.Schema.Ingestion;

/// <summary>What ingesting one document did.</summary>
internal enum IngestStatus
{
    Created,
    Updated,
    Unchanged,
    Quarantined,
}
