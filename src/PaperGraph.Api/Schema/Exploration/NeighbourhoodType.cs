using GraphQL.Types;
using PaperGraph.Core.Exploration;

namespace PaperGraph.Api.Schema.Exploration;

/// <summary>The graph around a node.</summary>
internal sealed class NeighbourhoodType : ObjectGraphType<NeighbourhoodView>
{
    public NeighbourhoodType()
    {
        Name = "Neighbourhood";
        Description = "The nodes within a few hops of a centre and the edges between them, ready for a graph view.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeType>>>, IReadOnlyList<GraphNodeView>>("nodes")
            .Description("Nodes, the centre first, then in the order reached.").Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphEdgeType>>>, IReadOnlyList<GraphEdge>>("edges")
            .Description("Edges between returned nodes.").Resolve(ctx => ctx.Source.Edges);
        Field(n => n.Truncated).Description("True when maxNodes cut the neighbourhood short.");
    }
}
