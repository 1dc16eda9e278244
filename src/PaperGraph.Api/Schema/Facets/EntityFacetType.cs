using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Loading;
using PaperGraph.Api.Schema.Entities;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Facets;

/// <summary>A top entity bucket.</summary>
internal sealed class EntityFacetType : ObjectGraphType<FacetCount>
{
    public EntityFacetType()
    {
        Name = "EntityFacet";
        Description = "An entity and how many of the selected papers mention it.";
        Field<NonNullGraphType<IdGraphType>, string>("entityId").Description("Global id of the entity (`Entity:…`).").Resolve(ctx => GlobalId.Entity(ctx.Source.Value));
        Field<EntityType, Entity?>("entity").Description("The entity; null when a mention names an entity the catalog no longer has.")
            .Resolve().WithService<GraphLoaders>()
            .ResolveAsync((ctx, loaders) => loaders.Entities.Load(ctx.Source.Value));
        Field<NonNullGraphType<LongGraphType>, long>("papers").Description("Papers mentioning it.").Resolve(ctx => ctx.Source.Papers);
    }
}
