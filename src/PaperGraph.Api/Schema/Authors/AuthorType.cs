using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Limits;
using PaperGraph.Api.Schema.Facets;
using PaperGraph.Api.Schema.Paging;
using PaperGraph.Api.Schema.Papers;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Authors;

/// <summary>An author: their papers, the entities those papers use, and their co-authors.</summary>
internal sealed class AuthorType : ObjectGraphType<AuthorView>
{
    public AuthorType()
    {
        Name = "Author";
        Description = "An author, identified by a normalised name key, so that every listed spelling of the name is one author.";
        Field(a => a.Key).Description("The identity key: lower case, no accents or dots, `Last, First` read as `First Last`.");
        Field(a => a.Name).Description("One listed spelling (the ordinally first of those on their papers).");
        Field<NonNullGraphType<PaperConnectionType>, Connection<Paper>>("papers")
            .Description("Their papers, newest first.")
            .WithPaging()
            .Resolve().WithService<IGraphStore>().WithService<GraphQLLimitsOptions>()
            .Resolve((ctx, store, limits) =>
            {
                // The resolve context is reused once this returns: the closures below capture values, never ctx.
                var (filter, total) = (new PaperFilter { AuthorKey = ctx.Source.Key }, ctx.Source.Papers);
                return new Connection<Paper>(
                    ctx.Page(limits),
                    (page, ct) => store.QueryPapersAsync(new PaperQuery(filter, PaperOrder.DateDesc, page.Size, page.Cursor) { Backward = page.Backward }, ct),
                    _ => Task.FromResult(total))
                {
                    Facets = (top, ct) => store.GetPaperFacetsAsync(filter, top, ct),
                };
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityFacetType>>>, IReadOnlyList<FacetCount>>("entities")
            .Description("Entities their papers mention, most papers first then id.")
            .Argument<IntGraphType>("first", "How many, 0–100.", a => a.DefaultValue = 10)
            .Resolve(ctx => [.. ctx.Source.Facets.Entities.Take(ctx.InRange("first", 10, 0, PaperFacets.MaxTop))]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuthorFacetType>>>, IReadOnlyList<FacetCount>>("coAuthors")
            .Description("Authors who share papers with them, most shared papers first then key.")
            .Argument<IntGraphType>("first", "How many, 0–99.", a => a.DefaultValue = 10)
            .Resolve(ctx => [.. ctx.Source.Facets.Authors.Where(a => a.Value != ctx.Source.Key).Take(ctx.InRange("first", 10, 0, PaperFacets.MaxTop - 1))]);
    }
}
