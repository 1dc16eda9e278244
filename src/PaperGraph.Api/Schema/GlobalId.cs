using PaperGraph.Core.Exploration;

namespace PaperGraph.Api.Schema;

/// <summary>
/// Relay global ids: the type name, a colon, and the store id (<c>Paper:arxiv:2312.00752</c>,
/// <c>Entity:curated:s4</c>). Readable on purpose; clients treat them as opaque. Arguments also accept a
/// bare store id, which is taken as the kind the field expects.
/// </summary>
internal static class GlobalId
{
    public const string PaperPrefix = "Paper:";
    public const string EntityPrefix = "Entity:";

    /// <summary>Prefix of a <c>GraphNode</c>'s id: a view of a paper or entity is another object for a client cache.</summary>
    public const string GraphNodePrefix = "GraphNode:";

    public static string Paper(string id) => PaperPrefix + id;

    public static string Entity(string id) => EntityPrefix + id;

    public static string Of(NodeRef node) => node.Kind == GraphNodeKind.Paper ? Paper(node.Id) : Entity(node.Id);

    /// <summary>A node from a global id; a bare id is looked up as <paramref name="bare"/>.</summary>
    public static NodeRef Parse(string id, GraphNodeKind bare) =>
        id.StartsWith(GraphNodePrefix, StringComparison.Ordinal) ? Parse(id[GraphNodePrefix.Length..], bare)
        : id.StartsWith(PaperPrefix, StringComparison.Ordinal) ? NodeRef.Paper(id[PaperPrefix.Length..])
        : id.StartsWith(EntityPrefix, StringComparison.Ordinal) ? NodeRef.Entity(id[EntityPrefix.Length..])
        : new NodeRef(bare, id);

    /// <summary>Whether <paramref name="id"/> names its type (<c>Paper:</c>, <c>Entity:</c>, <c>GraphNode:</c>) rather than being a bare store id.</summary>
    public static bool IsTyped(string id) =>
        id.StartsWith(PaperPrefix, StringComparison.Ordinal) || id.StartsWith(EntityPrefix, StringComparison.Ordinal) || id.StartsWith(GraphNodePrefix, StringComparison.Ordinal);
}
