using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Loading;
using PaperGraph.Api.Schema.Papers;
using PaperGraph.Core.Exploration;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Exploration;

/// <summary>A related paper with its score and reasons.</summary>
internal sealed class RelatedPaperType : ObjectGraphType<RelatedPaper>
{
    public RelatedPaperType()
    {
        Name = "RelatedPaper";
        Description = "A paper related to another, with a score that is the sum of its reasons' weights.";
        Field<NonNullGraphType<PaperType>, Paper>("paper").Description("The related paper.")
            .Resolve().WithService<GraphLoaders>()
            .ResolveAsync((ctx, loaders) => loaders.Papers.Load(ctx.Source.PaperId).Then(p => p!));
        Field(r => r.Score).Description("Sum of the reasons' weights.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelatedReasonType>>>, IReadOnlyList<RelatedReason>>("reasons")
            .Description("Reasons, heaviest first.").Resolve(ctx => ctx.Source.Reasons);
    }
}
