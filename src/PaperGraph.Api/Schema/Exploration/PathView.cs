namespace PaperGraph.Api.Schema.Exploration;

/// <summary>A path with labelled nodes.</summary>
internal sealed record PathView(IReadOnlyList<GraphNodeView> Nodes, IReadOnlyList<PathHopView> Hops);
