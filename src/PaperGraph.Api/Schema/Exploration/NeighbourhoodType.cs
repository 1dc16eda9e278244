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
        Field(n => n.Truncated).Description("True when the answer is not the whole neighbourhood: `maxNodes` cut it short (`nodesLeftOut`) or an entity with many papers was sampled to its newest 50 (`papersLeftOut`).");
        Field(n => n.NodesLeftOut).Description("Distinct nodes reached but left out because `maxNodes` was full.");
        Field(n => n.PapersLeftOut).Description("Papers mentioning an expanded entity that were not read, because entities with more than 50 papers are sampled to their newest 50.");
    }
}
