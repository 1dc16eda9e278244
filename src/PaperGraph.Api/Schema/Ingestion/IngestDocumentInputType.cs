using GraphQL.Types;

namespace PaperGraph.Api.Schema.Ingestion;

/// <summary>A paper to ingest.</summary>
internal sealed class IngestDocumentInputType : InputObjectGraphType<IngestDocument>
{
    public IngestDocumentInputType()
    {
        Name = "IngestDocumentInput";
        Description = "A paper to ingest; read exactly like one JSON Lines record, so bad ones are quarantined with the same reasons.";
        Field(d => d.Title, nullable: true).Description("The title (required; a missing one is quarantined).");
        Field(d => d.Abstract, nullable: true).Description("The abstract (required; a missing one is quarantined).");
        Field(d => d.ArxivId, nullable: true).Description("arXiv id, any common form; it becomes the paper id.");
        Field(d => d.Date, nullable: true).Description("Listing date, ISO 8601 or `Mar 12`.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("authors").Description("Authors in order.");
    }
}
