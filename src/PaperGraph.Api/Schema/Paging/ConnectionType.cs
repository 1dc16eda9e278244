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
            .Description("The page's first and last cursors and whether items come after or before it.")
            .ResolveAsync(async ctx => await ctx.Source.GetPageInfoAsync(ctx.CancellationToken));
        Field<NonNullGraphType<LongGraphType>, long>("totalCount")
            .Description($"How many {what} match in all; counted without fetching them.")
            .ResolveAsync(async ctx => await ctx.Source.CountAsync(ctx.CancellationToken));
    }
}
