using GraphQL.Types;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Entities;

/// <summary>Papers mentioning an entity in one period.</summary>
internal sealed class UsageBucketType : ObjectGraphType<UsageBucket>
{
    public UsageBucketType()
    {
        Name = "UsageBucket";
        Description = "How many papers mention an entity in one period; papers with no year are left out.";
        Field(b => b.Period).Description("`2025` or `2025-03`.");
        Field(b => b.Papers).Description("Papers in the period.");
    }
}
