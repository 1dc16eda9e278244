using GraphQL.Types;
using PaperGraph.Ingestion.Queue;

namespace PaperGraph.Api.Schema.Status;

/// <summary>A record a job kept aside, as its receipt lists it.</summary>
internal sealed class IngestionQuarantinedEntryType : ObjectGraphType<QuarantinedEntry>
{
    public IngestionQuarantinedEntryType()
    {
        Name = "IngestionQuarantinedEntry";
        Description = "A record a job kept aside; the full record is in `quarantine`.";
        Field<NonNullGraphType<IdGraphType>, string>("id").Description("The quarantine record's id.").Resolve(ctx => ctx.Source.Id);
        Field(q => q.Line, nullable: true).Description("1-based line in the source, when known.");
        Field(q => q.ReasonCode).Description("Machine-readable reason, e.g. `empty-abstract`.");
        Field(q => q.Reason).Description("The reason as a sentence.");
    }
}
