namespace PaperGraph.Core.Exploration;

/// <summary>A path found between two nodes: the nodes in order and the edge walked for each hop.</summary>
public sealed record GraphPath(IReadOnlyList<NodeRef> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public int Hops => Edges.Count;
}
