using GraphQL.Types;
using PaperGraph.Api.Schema.Entities;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Resolution;

namespace PaperGraph.Api.Schema.Resolution;

/// <summary>An entity a name may denote.</summary>
internal sealed class EntityCandidateType : ObjectGraphType<ResolutionCandidate>
{
    public EntityCandidateType()
    {
        Name = "EntityCandidate";
        Description = "An entity a name may denote, with a score and the signals behind it.";
        Field<NonNullGraphType<EntityType>, Entity>("entity").Description("The candidate entity.").Resolve(ctx => ctx.Source.Entity);
        Field(c => c.Score).Description("0–1: 1 exact alias, 0.95 normalised (case, hyphens, spaces), below for misspellings, adjusted by kind hint and context.");
        Field(c => c.Match).Description("True when the score is at least 0.8: safe to link without review.");
        Field(c => c.MatchedAlias).Description("The name or alias that matched.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResolutionFeatureType>>>, IReadOnlyList<ResolutionFeature>>("features")
            .Description("The signals behind the score.").Resolve(ctx => ctx.Source.Features);
    }
}
