namespace PaperGraph.Core.Exploration;

/// <summary>Nodes (in the order reached) and edges around a centre; <see cref="Truncated"/> when the node cap cut it short.</summary>
public sealed record Subgraph(IReadOnlyList<NodeRef> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated)
{
    /// <summary>Distinct nodes reached but not kept because the node cap was full.</summary>
    public int NodesLeftOut { get; init; }

    /// <summary>How many of this subgraph's edges touch <paramref name="node"/>: its degree as a graph view draws it.</summary>
    public int DegreeOf(NodeRef node) => Edges.Count(e => e.Touches(node));
}
