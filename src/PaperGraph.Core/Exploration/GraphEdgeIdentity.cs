namespace PaperGraph.Core.Exploration;

/// <summary>Edges are the same edge when their ends and kind agree, whatever their weight or evidence.</summary>
internal sealed class GraphEdgeIdentity : IEqualityComparer<GraphEdge>
{
    public static GraphEdgeIdentity Instance { get; } = new();

    public bool Equals(GraphEdge? x, GraphEdge? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.Source == y.Source && x.Target == y.Target && x.Kind == y.Kind);

    public int GetHashCode(GraphEdge obj) => HashCode.Combine(obj.Source, obj.Target, obj.Kind);
}
