using GraphQL;
using GraphQL.Types;
using PaperGraph.Ingestion.Status;

namespace PaperGraph.Api.Schema.Status;

/// <summary>The shared ingestion queue's state, from the <see cref="IngestionStatus"/> singleton.</summary>
internal sealed class IngestionStatusType : ObjectGraphType<IngestionStatusSnapshot>
{
    public const int MaxRecentFiles = 100;

    public IngestionStatusType()
    {
        Name = "IngestionStatus";
        Description = "What the ingestion queue (inbox files and `ingest` mutations alike) is doing now and has done since the server started.";
        Field(s => s.Queued).Description("Jobs waiting in the queue.");
        Field(s => s.Processing).Description("Jobs being ingested now.");
        Field(s => s.Done).Description("Jobs finished since start-up.");
        Field(s => s.Failed).Description("Jobs that failed since start-up: an unreadable source or a store error.");
        Field(s => s.Rejected).Description("Jobs refused because the queue was full.");
        Field(s => s.PapersCreated).Description("Paper records stored as new.");
        Field(s => s.PapersUpdated).Description("Paper records that changed a stored paper.");
        Field(s => s.PapersUnchanged).Description("Paper records identical to the stored paper.");
        Field(s => s.Quarantined).Description("Records kept aside.");
        Field(s => s.BytesRead).Description("Source bytes read by finished jobs.");
        Field(s => s.SecondsIngesting).Description("Time finished jobs took, in seconds.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestionFileType>>>, IReadOnlyList<IngestionFileStatus>>("recentFiles")
            .Description("The last finished jobs with their receipts, newest first.")
            .Argument<IntGraphType>("first", $"How many, at most {MaxRecentFiles}; 10 by default.", a => a.DefaultValue = 10)
            .Resolve(ctx =>
            {
                var first = ctx.GetArgument("first", 10);
                return first is < 0 or > MaxRecentFiles
                    ? throw new ExecutionError($"'first' must be between 0 and {MaxRecentFiles}; got {first}.") { Code = "INVALID_ARGUMENTS" }
                    : [.. ctx.Source.Recent.Take(first)];
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestionProgressType>>>, IReadOnlyList<IngestionFileProgress>>("running")
            .Description("Jobs being ingested now, oldest first, with how far each has got.")
            .Resolve(ctx => ctx.Source.Current);
    }
}
