using GraphQL.Types;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Paging;

/// <summary>A Relay connection type: <c>edges { cursor node }</c>, <c>pageInfo</c>, <c>totalCount</c>.</summary>
internal abstract class ConnectionType<TNodeType, TNode, TEdgeType> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
    where TEdgeType : IGraphType
{
    protected ConnectionType(string name, string what)
    {
        Name = name;
        Description = $"A page of {what}, in Relay connection form.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>, IReadOnlyList<PageItem<TNode>>>("edges")
            .Description("The items of this page, each with the cursor that points just after it.")
            .ResolveAsync(async ctx => (await ctx.Source.GetPageAsync(ctx.CancellationToken)).Items);
        Field<NonNullGraphType<PageInfoType>, PageInfo>("pageInfo")
            .Description("Whether more items follow, and the cursor to pass as `after` to get them.")
            .ResolveAsync(async ctx =>
            {
                var page = await ctx.Source.GetPageAsync(ctx.CancellationToken);
                return new PageInfo(page.HasNextPage, page.EndCursor);
            });
        Field<NonNullGraphType<LongGraphType>, long>("totalCount")
            .Description($"How many {what} match in all; counted without fetching them.")
            .ResolveAsync(async ctx => await ctx.Source.CountAsync(ctx.CancellationToken));
    }
}
