using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Limits;
using PaperGraph.Api.Schema.Ingestion;
using PaperGraph.Core.Ingestion;
using PaperGraph.Ingestion.Queue;

namespace PaperGraph.Api.Schema;

/// <summary>The mutation root.</summary>
internal sealed class MutationType : ObjectGraphType
{
    private static readonly string[] KnownFormats = [ListingFormats.HuggingFaceListing, ListingFormats.JsonLines, ListingFormats.Atom];

    public MutationType()
    {
        Name = "Mutation";
        Description = "Change the knowledge base.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestOutcomeType>>>, IReadOnlyList<IngestOutcome>>("ingest")
            .Description("Ingests papers, given as `documents` or as listing `text`, through the same queue as inbox files, and links them (mentions, introduced entities, builds-on links) before answering per document, in input order, what happened. Idempotent: sending the same papers again answers UNCHANGED. When the queue is full the answer is HTTP 503 with `Retry-After` and an error with code `INGESTION_QUEUE_FULL`.")
            .Argument<ListGraphType<NonNullGraphType<IngestDocumentInputType>>>("documents", "Papers as fields.")
            .Argument<StringGraphType>("text", "A listing as text: Hugging Face listing, JSON Lines or Atom.")
            .Argument<StringGraphType>("format", "Format of `text` (`hf-listing`, `jsonl`, `atom`); sniffed when absent.")
            .Resolve().WithService<GraphQLIngestion>().WithService<GraphQLLimitsOptions>()
            .ResolveAsync(async (ctx, ingestion, limits) =>
            {
                var documents = ctx.GetArgument<List<IngestDocument>?>("documents");
                var text = ctx.GetArgument<string?>("text");
                if ((documents is null) == (text is null))
                {
                    throw new ExecutionError("Give either `documents` or `text`.") { Code = "INVALID_ARGUMENTS" };
                }

                if (documents?.Count > limits.MaxResolveInputs)
                {
                    throw new LimitExceededError(LimitCodes.TooManyInputs, $"'documents' has {documents.Count} items; at most {limits.MaxResolveInputs} are allowed.", limits.MaxResolveInputs);
                }

                if (text is not null && TextRecordCount.AtLeast(text) is var records && records > limits.MaxResolveInputs)
                {
                    throw new LimitExceededError(LimitCodes.TooManyInputs, $"'text' holds at least {records} records; at most {limits.MaxResolveInputs} are allowed.", limits.MaxResolveInputs);
                }

                var format = ctx.GetArgument<string?>("format");
                if (format is not null && !KnownFormats.Contains(format))
                {
                    throw new ExecutionError($"`format` must be one of {string.Join(", ", KnownFormats)}; got '{format}'.") { Code = "INVALID_ARGUMENTS" };
                }

                try
                {
                    return await ingestion.IngestAsync(documents, text, format, ctx.CancellationToken);
                }
                catch (IngestionQueueFullException full)
                {
                    throw new IngestionQueueFullError(full);
                }
            });
    }
}
