using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Limits;
using PaperGraph.Api.Schema.Entities;
using PaperGraph.Api.Schema.Paging;
using PaperGraph.Core.Exploration;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema;

/// <summary>Entity lookups.</summary>
internal sealed partial class QueryType
{
    private void AddEntityFields()
    {
        Field<EntityType, Entity>("entity")
            .Description("One entity by id, or by name or alias ignoring case (`entity(name: \"LRA\")` is Long Range Arena). A name shared by several entities gives the one whose own name it is, else the smallest id.")
            .Argument<IdGraphType>("id", "Global id (`Entity:curated:s4`) or entity id (`curated:s4`).")
            .Argument<StringGraphType>("name", "A name or alias, any case.")
            .Resolve().WithScope().WithService<IGraphStore>()
            .ResolveAsync(async (ctx, store) =>
            {
                if (ctx.GetArgument<string?>("id") is { } id)
                {
                    var node = GlobalId.Parse(id, GraphNodeKind.Entity);
                    return node.Kind == GraphNodeKind.Entity ? (await store.GetEntitiesAsync([node.Id], ctx.CancellationToken)).GetValueOrDefault(node.Id) : null;
                }

                var name = ctx.GetArgument<string?>("name") ?? throw new ExecutionError("Give `id` or `name`.") { Code = "MISSING_ARGUMENT" };
                var found = await store.FindEntitiesByAliasAsync(name.Trim(), ctx.CancellationToken);
                return found.FirstOrDefault(e => string.Equals(e.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) ?? found.FirstOrDefault();
            });

        Field<NonNullGraphType<EntityConnectionType>, Connection<Entity>>("entities")
            .Description("Entities by name then id, optionally searched by name or alias prefix and kind.")
            .Argument<StringGraphType>("search", "Name or alias prefix.")
            .Argument<EntityKindEnum>("kind", "Only entities of this kind.")
            .WithPaging()
            .Resolve().WithScope().WithService<IGraphStore>().WithService<GraphQLLimitsOptions>()
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
