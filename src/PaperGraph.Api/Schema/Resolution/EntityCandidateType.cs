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
        Field(c => c.Score).Description("0–1: 1 exact alias, 0.95 normalised (case, hyphens, spaces), 0.9 × that for a variant of the name, below for misspellings, 0.7 for a version alias (`GPT-4V` listed under GPT-4), at most 0.75 for a name containing the query or contained in it; adjusted by kind hint and context; at most 0.79 for an entity no paper mentions when a mentioned one matches.");
        Field(c => c.Match).Description("True when the score is at least 0.8: safe to link without review. Never for another version of the name (`GPT-4V` is not GPT-4), a name that merely contains it (`iTransformer` is not Transformer), or an unmentioned entity when a mentioned one matches.");
        Field(c => c.Variant, nullable: true).Description("The size or setting the name adds to the entity's own name (`7B` in `LLaMA-2-7B`, `B/16` in `ViT-B/16`, `50` in `ResNet50`); null when the name is the entity's.");
        Field(c => c.MatchedAlias).Description("The name or alias that matched.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResolutionFeatureType>>>, IReadOnlyList<ResolutionFeature>>("features")
            .Description("The signals behind the score.").Resolve(ctx => ctx.Source.Features);
    }
}
