namespace PaperGraph.Core.Exploration;

/// <summary>
/// One edge in its canonical direction (paper → entity, citing → cited), whichever end it was reached
/// from, so the same edge found from both sides is one value. <see cref="Evidence"/> is a sentence a person can read.
/// </summary>
public sealed record GraphEdge(NodeRef Source, NodeRef Target, GraphEdgeKind Kind, double Weight, string Evidence)
{
    public NodeRef Other(NodeRef end) => end == Source ? Target : Source;

    public bool Touches(NodeRef node) => node == Source || node == Target;

    /// <summary>Deterministic edge order: source, target, kind.</summary>
    public static int Compare(GraphEdge left, GraphEdge right)
    {
        var source = left.Source.CompareTo(right.Source);
        if (source != 0)
        {
            return source;
        }

        var target = left.Target.CompareTo(right.Target);
        return target != 0 ? target : left.Kind.CompareTo(right.Kind);
    }
}
