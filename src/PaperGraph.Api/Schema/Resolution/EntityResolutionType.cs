using GraphQL.Types;
using PaperGraph.Core.Resolution;

namespace PaperGraph.Api.Schema.Resolution;

/// <summary>What one input resolved to.</summary>
internal sealed class EntityResolutionType : ObjectGraphType<Core.Resolution.Resolution>
{
    public EntityResolutionType()
    {
        Name = "EntityResolution";
        Description = "The result for one input, in input order: candidates best first, or why there are none.";
        Field<NonNullGraphType<StringGraphType>, string>("name").Description("The input name.").Resolve(ctx => ctx.Source.Input.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityCandidateType>>>, IReadOnlyList<ResolutionCandidate>>("candidates")
            .Description("Candidates, score descending then entity id.").Resolve(ctx => ctx.Source.Candidates);
        Field<UnresolvedType, string>("unresolved").Description("Set when there is no candidate.").Resolve(ctx => ctx.Source.UnresolvedReason);
    }
}
