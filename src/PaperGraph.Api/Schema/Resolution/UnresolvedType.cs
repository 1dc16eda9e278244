using GraphQL.Types;

namespace PaperGraph.Api.Schema.Resolution;

/// <summary>Why a name resolved to nothing.</summary>
internal sealed class UnresolvedType : ObjectGraphType<string>
{
    public UnresolvedType()
    {
        Name = "Unresolved";
        Description = "Why a name resolved to no entity.";
        Field<NonNullGraphType<StringGraphType>, string>("reason").Description("A code (`empty-name`, `no-candidate`), a colon, and a sentence.").Resolve(ctx => ctx.Source);
    }
}
