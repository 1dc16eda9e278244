using GraphQL.Types;
using PaperGraph.Api.Schema.Entities;

namespace PaperGraph.Api.Schema.Resolution;

/// <summary>A name to resolve.</summary>
internal sealed class ResolveEntityInputType : InputObjectGraphType<ResolveEntityInput>
{
    public ResolveEntityInputType()
    {
        Name = "ResolveEntityInput";
        Description = "A name to resolve to an entity, with an optional kind and the words around it.";
        Field(i => i.Name).Description("The name as written, e.g. `FlashAttention 2` or `LRA`.");
        Field<EntityKindEnum>("kindHint").Description("What the caller believes it is; agreement raises the score, disagreement lowers it.");
        Field(i => i.Context, nullable: true).Description("Words from around the name; overlap with the entity's description raises the score.");
    }
}
