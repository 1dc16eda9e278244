using System.Globalization;
using GraphQL.Types;
using PaperGraph.Ingestion.Status;

namespace PaperGraph.Api.Schema.Status;

/// <summary>A running ingestion job and how far it has got.</summary>
internal sealed class IngestionProgressType : ObjectGraphType<IngestionFileProgress>
{
    public IngestionProgressType()
    {
        Name = "IngestionProgress";
        Description = "A job being ingested now and how far it has got.";
        Field(p => p.JobId).Description("The job's number in this server's queue.");
        Field(p => p.File).Description("The file's name (`graphql` for a mutation).");
        Field(p => p.Origin).Description("Who queued it: `inbox`, `graphql` or `sample`.");
        Field(p => p.BytesRead).Description("Source bytes read so far.");
        Field(p => p.BytesTotal, nullable: true).Description("The source's size, when known.");
        Field<FloatGraphType, double?>("fraction").Description("bytesRead / bytesTotal, 0–1; null when the size is unknown.")
            .Resolve(ctx => ctx.Source.BytesTotal is > 0 and var total ? Math.Min(1.0, (double)ctx.Source.BytesRead / total) : null);
        Field(p => p.Records).Description("Papers stored plus records quarantined so far.");
        Field<NonNullGraphType<StringGraphType>, string>("startedAt").Description("When it started, ISO 8601.")
            .Resolve(ctx => ctx.Source.StartedAt.ToString("O", CultureInfo.InvariantCulture));
    }
}
