using GraphQL.Types;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Paging;

/// <summary>A Relay edge: the item and its cursor.</summary>
internal abstract class EdgeType<TNodeType, TNode> : ObjectGraphType<PageItem<TNode>>
    where TNodeType : IGraphType
{
    protected EdgeType(string name, string what)
    {
        Name = name;
        Description = $"One of {what} in a page.";
        Field<NonNullGraphType<StringGraphType>, string>("cursor")
            .Description("Opaque cursor of this item: pass it as `after` for the items after it, or as `before` for those before it.")
            .Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>, TNode>("node")
            .Description("The item.")
            .Resolve(ctx => ctx.Source.Node);
    }
}
