using GraphQL.Types;

namespace PaperGraph.Api.Schema.Exploration;

/// <summary>A shortest path between two nodes.</summary>
internal sealed class PathType : ObjectGraphType<PathView>
{
    public PathType()
    {
        Name = "Path";
        Description = "A shortest path over shared mentions, introductions and builds-on links.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeType>>>, IReadOnlyList<GraphNodeView>>("nodes")
            .Description("The nodes from start to end.").Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathHopType>>>, IReadOnlyList<PathHopView>>("hops")
            .Description("The hops in walking order.").Resolve(ctx => ctx.Source.Hops);
    }
}
