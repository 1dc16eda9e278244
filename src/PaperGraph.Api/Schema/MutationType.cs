using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Limits;
using PaperGraph.Api.Schema.Ingestion;

namespace PaperGraph.Api.Schema;

/// <summary>The mutation root.</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Change the knowledge base.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestOutcomeType>>>, IReadOnlyList<IngestOutcome>>("ingest")
            .Description("Ingests papers, given as `documents` or as listing `text`; answers per document, in input order, what happened. Idempotent: sending the same papers again answers UNCHANGED.")
            .Argument<ListGraphType<NonNullGraphType<IngestDocumentInputType>>>("documents", "Papers as fields.")
            .Argument<StringGraphType>("text", "A listing as text: Hugging Face listing, JSON Lines or Atom.")
            .Argument<StringGraphType>("format", "Format of `text` (`hf-listing`, `jsonl`, `atom`); sniffed when absent.")
            .Resolve().WithScope().WithService<GraphQLIngestion>().WithService<GraphQLLimitsOptions>()
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

                return await ingestion.IngestAsync(documents, text, ctx.GetArgument<string?>("format"), ctx.CancellationToken);
            });
    }
}
