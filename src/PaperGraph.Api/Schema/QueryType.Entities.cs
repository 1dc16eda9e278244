using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Limits;
using PaperGraph.Api.Schema.Entities;
using PaperGraph.Api.Schema.Paging;
using PaperGraph.Core.Exploration;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Resolution;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema;

/// <summary>Entity lookups.</summary>
internal sealed partial class QueryType
{
    private void AddEntityFields()
    {
        Field<EntityType, Entity>("entity")
            .Description("One entity by id, or by name: the best `resolveEntities` candidate with `match: true` (`entity(name: \"LRA\")` is Long Range Arena, `LLaMA-2-7B` is Llama 2), or null. An entity papers mention wins a name over one nothing mentions; among equal scores the entity whose own name it is, then the one more papers mention, then the smallest id.")
            .Argument<IdGraphType>("id", "Global id (`Entity:curated:s4`) or entity id (`curated:s4`).")
            .Argument<StringGraphType>("name", "A name or alias, any case.")
            .Resolve().WithService<IGraphStore>().WithService<AliasIndexCache>()
            .ResolveAsync(async (ctx, store, aliases) =>
            {
                if (ctx.GetArgument<string?>("id") is { } id)
                {
                    var node = GlobalId.Parse(id, GraphNodeKind.Entity);
                    return node.Kind == GraphNodeKind.Entity ? (await store.GetEntitiesAsync([node.Id], ctx.CancellationToken)).GetValueOrDefault(node.Id) : null;
                }

                var name = ctx.GetArgument<string?>("name") ?? throw new ExecutionError("Give `id` or `name`.") { Code = "MISSING_ARGUMENT" };
                var index = await aliases.GetAsync(ctx.CancellationToken);
                var matches = EntityResolver.Resolve(index, [new ResolutionInput(name.Trim())], EntityResolver.MaxLimit)[0].Candidates.Where(c => c.Match).ToList();
                return matches
                    .Where(c => c.Score == matches[0].Score)
                    .OrderBy(c => string.Equals(c.Entity.Name, name.Trim(), StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                    .ThenByDescending(c => index.PapersMentioning(c.Entity.Id))
                    .Select(c => c.Entity)
                    .FirstOrDefault();
            });

        Field<NonNullGraphType<EntityConnectionType>, Connection<Entity>>("entities")
            .Description("Entities by name then id, optionally searched by name or alias prefix and kind.")
            .Argument<StringGraphType>("search", "Name or alias prefix.")
            .Argument<EntityKindEnum>("kind", "Only entities of this kind.")
            .WithPaging()
            .Resolve().WithService<IGraphStore>().WithService<GraphQLLimitsOptions>()
            .Resolve((ctx, store, limits) =>
            {
                var query = new EntityQuery(ctx.GetArgument<string?>("search"), ctx.GetArgument<EntityKind?>("kind"), PageArguments.DefaultFirst);
                return new Connection<Entity>(
                    ctx.Page(limits),
                    (page, ct) => store.QueryEntitiesAsync(query with { First = page.Size, After = page.Cursor, Backward = page.Backward }, ct),
                    ct => CountEntitiesAsync(store, query, ct));
            });
    }

    /// <summary>The contract has no entity count with filters; without them the stats hold it, with them we page through (bounded by the catalog size).</summary>
    private static async Task<long> CountEntitiesAsync(IGraphStore store, EntityQuery query, CancellationToken cancellationToken)
    {
        if (query.Search is null && query.Kind is null)
        {
            return (await store.GetStatsAsync(cancellationToken)).Entities;
        }

        long count = 0;
        string? after = null;
        do
        {
            var page = await store.QueryEntitiesAsync(query with { First = 1000, After = after }, cancellationToken);
            count += page.Items.Count;
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);
        return count;
    }
}
