using System.Globalization;
using GraphQL.Types;
using PaperGraph.Ingestion.Queue;
using PaperGraph.Ingestion.Status;

namespace PaperGraph.Api.Schema.Status;

/// <summary>A finished ingestion job.</summary>
internal sealed class IngestionFileType : ObjectGraphType<IngestionFileStatus>
{
    public IngestionFileType()
    {
        Name = "IngestionFile";
        Description = "A finished ingestion job: an inbox file, a sample page or one `ingest` mutation.";
        Field(f => f.JobId).Description("The job's number in this server's queue.");
        Field(f => f.File).Description("The file's name (`graphql` for a mutation).");
        Field(f => f.Origin).Description("Who queued it: `inbox`, `graphql` or `sample`.");
        Field<NonNullGraphType<IngestionFileStateEnum>, IngestionFileState>("state").Description("How it ended.").Resolve(ctx => ctx.Source.State);
        Field(f => f.Error, nullable: true).Description("Why it failed; null when done.");
        Field<NonNullGraphType<StringGraphType>, string>("finishedAt").Description("When it ended, ISO 8601.")
            .Resolve(ctx => ctx.Source.FinishedAt.ToString("O", CultureInfo.InvariantCulture));
        Field<IngestionReceiptType, IngestionReceipt?>("receipt").Description("What it did; null when the store failed before it finished.")
            .Resolve(ctx => ctx.Source.Receipt);
    }
}
