using System.Globalization;
using GraphQL;
using GraphQL.Types;
using PaperGraph.Ingestion.Queue;

namespace PaperGraph.Api.Schema.Status;

/// <summary>What one ingestion job did.</summary>
internal sealed class IngestionReceiptType : ObjectGraphType<IngestionReceipt>
{
    public const int MaxListed = 100;

    public IngestionReceiptType()
    {
        Name = "IngestionReceipt";
        Description = "What one ingestion job did; an inbox file's receipt is also written next to it as `<name>.receipt.json`.";
        Field(r => r.Papers).Description("Paper records read.");
        Field(r => r.Created).Description("Papers stored as new.");
        Field(r => r.Updated).Description("Papers that changed a stored paper.");
        Field(r => r.Unchanged).Description("Papers identical to the stored paper.");
        Field(r => r.Quarantined).Description("Records kept aside.");
        Field(r => r.BytesRead).Description("Source bytes read.");
        Field(r => r.DurationMs).Description("How long the job took, in milliseconds.");
        Field<NonNullGraphType<StringGraphType>, string>("completedAt").Description("When it finished, ISO 8601.")
            .Resolve(ctx => ctx.Source.CompletedAt.ToString("O", CultureInfo.InvariantCulture));
        Field(r => r.SourceFailure, nullable: true).Description("Why the whole source could not be read (binary, unreadable); null otherwise.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>, IEnumerable<string>>("paperIds")
            .Description("Global ids of the papers read, in source order.")
            .Argument<IntGraphType>("first", $"How many, at most {MaxListed}; 20 by default.", a => a.DefaultValue = 20)
            .Resolve(ctx => ctx.Source.PaperIds.Take(First(ctx)).Select(GlobalId.Paper));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestionQuarantinedEntryType>>>, IEnumerable<QuarantinedEntry>>("quarantinedRecords")
            .Description("The records kept aside, in source order.")
            .Argument<IntGraphType>("first", $"How many, at most {MaxListed}; 20 by default.", a => a.DefaultValue = 20)
            .Resolve(ctx => ctx.Source.QuarantinedRecords.Take(First(ctx)));
    }

    private static int First(IResolveFieldContext ctx)
    {
        var first = ctx.GetArgument("first", 20);
        return first is < 0 or > MaxListed
            ? throw new ExecutionError($"'first' must be between 0 and {MaxListed}; got {first}.") { Code = "INVALID_ARGUMENTS" }
            : first;
    }
}
