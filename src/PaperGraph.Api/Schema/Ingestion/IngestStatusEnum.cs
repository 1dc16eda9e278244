using GraphQL.Types;

namespace PaperGraph.Api.Schema.Ingestion;

/// <summary>What ingesting one document did.</summary>
internal sealed class IngestStatusEnum : EnumerationGraphType<IngestStatus>
{
    public IngestStatusEnum()
    {
        Name = "IngestStatus";
        Description = "What ingesting one document did: stored as new, changed, found identical, or kept aside.";
    }
}
