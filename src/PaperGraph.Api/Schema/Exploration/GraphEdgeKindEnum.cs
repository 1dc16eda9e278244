using GraphQL.Types;
using PaperGraph.Core.Exploration;

namespace PaperGraph.Api.Schema.Exploration;

/// <summary>The kinds of edge paths and neighbourhoods walk.</summary>
internal sealed class GraphEdgeKindEnum : EnumerationGraphType
{
    public GraphEdgeKindEnum()
    {
        Name = "GraphEdgeKind";
        Description = "Kinds of edge in the paper–entity graph.";
        Add("MENTIONS", GraphEdgeKind.Mentions, "Paper → entity: the paper mentions the entity.");
        Add("BUILDS_ON", GraphEdgeKind.BuildsOn, "Paper → paper: the citing paper builds on the cited one.");
        Add("INTRODUCES", GraphEdgeKind.Introduces, "Paper → entity: the paper introduces the entity.");
    }

    /// <summary>The flags for a list argument; all kinds when absent or empty.</summary>
    public static GraphEdgeKind Combine(IEnumerable<GraphEdgeKind>? kinds)
    {
        var combined = (kinds ?? []).Aggregate(GraphEdgeKind.None, (all, k) => all | k);
        return combined == GraphEdgeKind.None ? GraphEdgeKind.All : combined;
    }
}
