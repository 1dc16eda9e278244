using GraphQL.Types;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Facets;

/// <summary>A year or month bucket.</summary>
internal sealed class FacetBucketType : ObjectGraphType<FacetCount>
{
    public FacetBucketType()
    {
        Name = "FacetBucket";
        Description = "A period and how many of the selected papers were listed in it.";
        Field<NonNullGraphType<StringGraphType>, string>("value").Description("The period, ISO 8601: `2025` or `2025-03`.").Resolve(ctx => ctx.Source.Value);
        Field<NonNullGraphType<LongGraphType>, long>("papers").Description("Papers in it.").Resolve(ctx => ctx.Source.Papers);
    }
}
