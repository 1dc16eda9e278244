using PaperGraph.Core.Exploration;

namespace PaperGraph.Api.Schema.Exploration;

/// <summary>A neighbourhood with labelled nodes.</summary>
internal sealed record NeighbourhoodView(IReadOnlyList<GraphNodeView> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated, int NodesLeftOut, long PapersLeftOut);
