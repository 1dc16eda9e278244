using GraphQL.Types;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Facets;

/// <summary>A top author bucket.</summary>
internal sealed class AuthorFacetType : ObjectGraphType<FacetCount>
{
    public AuthorFacetType()
    {
        Name = "AuthorFacet";
        Description = "An author (all spellings with the same key) and how many of the selected papers they wrote.";
        Field<NonNullGraphType<StringGraphType>, string>("name").Description("One listed spelling (the ordinally first); pass it to `author(name:)`.").Resolve(ctx => ctx.Source.Label ?? ctx.Source.Value);
        Field<NonNullGraphType<StringGraphType>, string>("key").Description("The normalised identity: lower case, no accents or dots, `Last, First` read as `First Last`.").Resolve(ctx => ctx.Source.Value);
        Field<NonNullGraphType<LongGraphType>, long>("papers").Description("Papers by them.").Resolve(ctx => ctx.Source.Papers);
    }
}
