using System.Text;
using GraphQL.Types;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Quarantine;

/// <summary>A record kept aside by ingestion.</summary>
internal sealed class QuarantineRecordType : ObjectGraphType<QuarantineRecord>
{
    public const int PreviewBytes = 1024;

    public QuarantineRecordType()
    {
        Name = "QuarantineRecord";
        Description = "A record PaperGraph could not ingest, kept aside with why.";
        Field<NonNullGraphType<IdGraphType>, string>("id").Description("Stable id from source, location and raw bytes.").Resolve(ctx => ctx.Source.Id);
        Field(q => q.Source).Description("File name, `stdin` or `graphql`.");
        Field(q => q.Line, nullable: true).Description("1-based line, when known.");
        Field(q => q.Offset, nullable: true).Description("Byte offset, when known.");
        Field(q => q.ReasonCode).Description("Machine-readable reason, e.g. `empty-abstract`.");
        Field(q => q.Reason).Description("The reason as a sentence.");
        Field(q => q.Format).Description("The source's format name.");
        Field<NonNullGraphType<StringGraphType>, string>("quarantinedAt").Description("When it was kept aside, ISO 8601.")
            .Resolve(ctx => ctx.Source.QuarantinedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>, string>("preview").Description($"The first {PreviewBytes} raw bytes as UTF-8 (invalid bytes replaced).")
            .Resolve(ctx => Encoding.UTF8.GetString(ctx.Source.Raw, 0, Math.Min(PreviewBytes, ctx.Source.Raw.Length)));
    }
}
