using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Limits;
using PaperGraph.Api.Schema.Resolution;
using PaperGraph.Core.Resolution;

namespace PaperGraph.Api.Schema;

/// <summary>Entity resolution for services.</summary>
internal sealed partial class QueryType
{
    private void AddResolutionFields()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityResolutionType>>>, IReadOnlyList<Core.Resolution.Resolution>>("resolveEntities")
            .Description("Resolves up to 1,000 names to entities, one result per input in input order; deterministic. See EntityCandidate.score for the scoring.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ResolveEntityInputType>>>>("inputs", "The names to resolve (at most 1,000).")
            .Argument<IntGraphType>("limit", "Candidates per input, 1–20; outside that range is an error.", a => a.DefaultValue = 5)
            .Resolve().WithService<AliasIndexCache>().WithService<GraphQLLimitsOptions>()
            .ResolveAsync(async (ctx, cache, limits) =>
            {
                var inputs = ctx.GetArgument<List<ResolveEntityInput>>("inputs");
                if (inputs.Count > limits.MaxResolveInputs)
                {
                    throw new LimitExceededError(LimitCodes.TooManyInputs,
                        $"'inputs' has {inputs.Count} items; at most {limits.MaxResolveInputs} are allowed.", limits.MaxResolveInputs);
                }

                var index = await cache.GetAsync(ctx.CancellationToken);
                var requests = inputs.Select(i => new ResolutionInput(i.Name, i.KindHint, i.Context)).ToList();
                return EntityResolver.Resolve(index, requests, ctx.InRange("limit", 5, 1, EntityResolver.MaxLimit));
            });
    }
}
