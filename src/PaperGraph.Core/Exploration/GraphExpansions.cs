namespace PaperGraph.Core.Exploration;

/// <summary>
/// <see cref="GraphExpansion"/> for several frontiers at once: one answer per frontier, each what expanding that
/// frontier alone gives, so a search can read ahead without changing what it finds.
/// </summary>
public delegate Task<IReadOnlyList<IReadOnlyList<GraphEdge>>> GraphExpansions(IReadOnlyList<IReadOnlyCollection<NodeRef>> frontiers, GraphEdgeKind kinds, CancellationToken cancellationToken);
