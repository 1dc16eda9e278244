using GraphQL.Types;

namespace PaperGraph.Api.Schema.Ingestion;

/// <summary>The result for one ingested document.</summary>
internal sealed class IngestOutcomeType : ObjectGraphType<IngestOutcome>
{
    public IngestOutcomeType()
    {
        Name = "IngestOutcome";
        Description = "The result for one document (or one record of `text`), in input order.";
        Field(o => o.Index).Description("0-based position of the document or record.");
        Field<IdGraphType, string?>("paperId").Description("Global id of the stored paper; null when quarantined.")
            .Resolve(ctx => ctx.Source.PaperId is { } id ? GlobalId.Paper(id) : null);
        Field<NonNullGraphType<IngestStatusEnum>, IngestStatus>("status").Description("What happened.").Resolve(ctx => ctx.Source.Status);
        Field(o => o.ReasonCode, nullable: true).Description("Quarantine reason code, e.g. `empty-abstract`.");
        Field(o => o.Reason, nullable: true).Description("Quarantine reason as a sentence.");
    }
}
