namespace PaperGraph.Core.Exploration;

/// <summary>
/// Returns every edge of the wanted kinds that touches one of <paramref name="frontier"/>, in as few store
/// calls as the store allows. The searches take this delegate rather than a store so they can be tested
/// on a graph written in the test.
/// </summary>
public delegate Task<IReadOnlyList<GraphEdge>> GraphExpansion(IReadOnlyCollection<NodeRef> frontier, GraphEdgeKind kinds, CancellationToken cancellationToken);
