using GraphQL.Types;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Facets;

/// <summary>Facet counts over a paper search.</summary>
internal sealed class PaperFacetsType : ObjectGraphType<PaperFacets>
{
    public PaperFacetsType()
    {
        Name = "PaperFacets";
        Description = "Counts over every paper the search and filters select (not just this page), computed in one store round trip.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetBucketType>>>, IReadOnlyList<FacetCount>>("years")
            .Description("Papers per listing year, oldest first; papers with no year are in none.").Resolve(ctx => ctx.Source.Years);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetBucketType>>>, IReadOnlyList<FacetCount>>("months")
            .Description("Papers per listing month (`2025-03`), oldest first.").Resolve(ctx => ctx.Source.Months);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityKindFacetType>>>, IReadOnlyList<FacetCount>>("entityKinds")
            .Description("Papers mentioning each entity kind, most first.").Resolve(ctx => ctx.Source.EntityKinds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityFacetType>>>, IReadOnlyList<FacetCount>>("entities")
            .Description("The most mentioned entities, most papers first then id.").Resolve(ctx => ctx.Source.Entities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuthorFacetType>>>, IReadOnlyList<FacetCount>>("authors")
            .Description("The most frequent authors, most papers first then key.").Resolve(ctx => ctx.Source.Authors);
    }
}
