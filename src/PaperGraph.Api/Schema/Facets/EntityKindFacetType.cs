using GraphQL.Types;
using PaperGraph.Api.Schema.Entities;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Facets;

/// <summary>An entity kind bucket.</summary>
internal sealed class EntityKindFacetType : ObjectGraphType<FacetCount>
{
    public EntityKindFacetType()
    {
        Name = "EntityKindFacet";
        Description = "An entity kind and how many of the selected papers mention at least one entity of it.";
        Field<NonNullGraphType<EntityKindEnum>, EntityKind>("kind").Description("The kind.").Resolve(ctx => Enum.Parse<EntityKind>(ctx.Source.Value));
        Field<NonNullGraphType<LongGraphType>, long>("papers").Description("Papers mentioning an entity of this kind.").Resolve(ctx => ctx.Source.Papers);
    }
}
