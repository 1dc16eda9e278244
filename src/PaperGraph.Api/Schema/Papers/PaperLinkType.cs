using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Loading;
using PaperGraph.Api.Schema.Entities;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Papers;

/// <summary>A builds-on link seen from one paper: the paper at the other end and why.</summary>
internal sealed class PaperLinkType : ObjectGraphType<PaperLink>
{
    public PaperLinkType()
    {
        Name = "PaperLink";
        Description = "A builds-on link: the citing paper mentions an entity the cited paper introduced.";
        Field<NonNullGraphType<PaperType>, Paper>("citing").Description("The paper that builds on the other.")
            .Resolve().WithService<GraphLoaders>()
            .ResolveAsync((ctx, loaders) => loaders.Papers.Load(ctx.Source.CitingPaperId).Then(p => p!));
        Field<NonNullGraphType<PaperType>, Paper>("cited").Description("The paper built on.")
            .Resolve().WithService<GraphLoaders>()
            .ResolveAsync((ctx, loaders) => loaders.Papers.Load(ctx.Source.CitedPaperId).Then(p => p!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>, IReadOnlyList<Entity>>("via").Description("The entities the link goes through.")
            .Resolve().WithService<GraphLoaders>()
            .ResolveAsync((ctx, loaders) => loaders.Entities.LoadMany(ctx.Source.ViaEntityIds));
        Field(l => l.Score).Description("Strength of the link, 0–1.");
        Field(l => l.Reason).Description("Why the link was inferred, as a sentence.");
    }
}
