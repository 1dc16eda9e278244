namespace PaperGraph.Core.Exploration;

/// <summary>A node of the exploration graph: a paper or an entity, by its store id.</summary>
public readonly record struct NodeRef(GraphNodeKind Kind, string Id) : IComparable<NodeRef>
{
    public static NodeRef Paper(string id) => new(GraphNodeKind.Paper, id);

    public static NodeRef Entity(string id) => new(GraphNodeKind.Entity, id);

    /// <summary>Papers before entities, then ordinal id: the one order every exploration result uses.</summary>
    public int CompareTo(NodeRef other)
    {
        var kind = Kind.CompareTo(other.Kind);
        return kind != 0 ? kind : string.CompareOrdinal(Id, other.Id);
    }

    public override string ToString() => $"{Kind}:{Id}";
}
