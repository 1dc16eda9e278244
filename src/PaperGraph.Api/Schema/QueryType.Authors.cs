using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Schema.Authors;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema;

/// <summary>Author lookup.</summary>
internal sealed partial class QueryType
{
    private void AddAuthorFields() =>
        Field<AuthorType, AuthorView>("author")
            .Description("An author by name, any spelling with the same key (`Zola, Émile` is `Emile Zola`); null when no paper lists them. One facet read gives their entities and co-authors.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The author's name as any listing spells it.")
            .WithComplexityImpact(ExpensiveField.Facets)
            .Resolve().WithService<IGraphStore>()
            .ResolveAsync(async (ctx, store) =>
            {
                var key = AuthorArgument.Key(ctx.GetArgument<string>("name"), "name");
                var facets = await store.GetPaperFacetsAsync(new PaperFilter { AuthorKey = key }, PaperFacets.MaxTop, ctx.CancellationToken);
                var self = facets.Authors.FirstOrDefault(a => a.Value == key);
                return self is null ? null : new AuthorView(key, self.Label ?? key, self.Papers, facets);
            });
}
