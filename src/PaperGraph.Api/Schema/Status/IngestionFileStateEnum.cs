using GraphQL.Types;
using PaperGraph.Ingestion.Status;

namespace PaperGraph.Api.Schema.Status;

/// <summary>How a finished ingestion job ended.</summary>
internal sealed class IngestionFileStateEnum : EnumerationGraphType<IngestionFileState>
{
    public IngestionFileStateEnum()
    {
        Name = "IngestionFileState";
        Description = "How a finished ingestion job ended: DONE (read to the end; bad records are quarantined) or FAILED (unreadable source or store error).";
    }
}
