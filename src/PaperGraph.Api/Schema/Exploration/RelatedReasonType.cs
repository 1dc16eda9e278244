using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Loading;
using PaperGraph.Api.Schema.Entities;
using PaperGraph.Core.Exploration;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Exploration;

/// <summary>One reason two papers are related, with its share of the score.</summary>
internal sealed class RelatedReasonType : ObjectGraphType<RelatedReason>
{
    public RelatedReasonType()
    {
        Name = "RelatedReason";
        Description = "One reason two papers are related; a related paper's weights sum to its score.";
        Field<NonNullGraphType<RelatedReasonKindEnum>, RelatedReasonKind>("kind").Description("What kind of reason.").Resolve(ctx => ctx.Source.Kind);
        Field<EntityType, Entity?>("entity").Description("The shared entity, for SHARED_ENTITY.")
            .Resolve().WithService<GraphLoaders>()
            .ResolveAsync((ctx, loaders) => ctx.Source.EntityId is { } id ? loaders.Entities.Load(id) : new NoValue<Entity>());
        Field(r => r.Weight).Description("This reason's share of the score: 1 × link score for links, the entity's rarity (0–1) for a shared entity, word overlap (0–1) for text.");
        Field(r => r.Evidence).Description("The reason as a sentence.");
    }
}
