namespace PaperGraph.Core.Exploration;

/// <summary>
/// The nodes within a few hops of a centre, breadth first, for a graph view. One batched expansion per
/// hop; nodes are taken in <see cref="NodeRef"/> order within a hop, so the same graph and caps always
/// give the same subgraph. Edges are kept only between nodes the subgraph holds.
/// </summary>
public static class Neighbourhood
{
    public const int MaxHopsLimit = 3;
    public const int MaxNodesLimit = 500;

    public static async Task<Subgraph> ExploreAsync(NodeRef centre, int hops, int maxNodes, GraphEdgeKind kinds, GraphExpansion expand, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hops);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hops, MaxHopsLimit);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNodes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxNodes, MaxNodesLimit);
        ArgumentNullException.ThrowIfNull(expand);

        var nodes = new List<NodeRef> { centre };
        var seen = new HashSet<NodeRef> { centre };
        var edges = new HashSet<GraphEdge>(GraphEdgeIdentity.Instance);
        var leftOut = new HashSet<NodeRef>();
        IReadOnlyList<NodeRef> frontier = [centre];
        for (var hop = 0; hop < hops && frontier.Count > 0; hop++)
        {
            var found = await expand(frontier, kinds, cancellationToken);
            var frontierSet = frontier.ToHashSet();
            var candidates = found
                .SelectMany(e => new[] { (Near: e.Source, Edge: e), (Near: e.Target, Edge: e) })
                .Where(x => frontierSet.Contains(x.Near))
                .OrderBy(x => x.Edge.Other(x.Near))
                .ThenBy(x => x.Near)
                .ThenBy(x => x.Edge.Kind);
            var next = new List<NodeRef>();
            foreach (var (near, edge) in candidates)
            {
                var far = edge.Other(near);
                if (!seen.Contains(far))
                {
                    if (nodes.Count >= maxNodes)
                    {
                        leftOut.Add(far);
                        continue;
                    }

                    seen.Add(far);
                    nodes.Add(far);
                    next.Add(far);
                }

                edges.Add(edge);
            }

            frontier = next;
        }

        var edgeList = edges.ToList();
        edgeList.Sort(GraphEdge.Compare);
        return new Subgraph(nodes, edgeList, leftOut.Count > 0) { NodesLeftOut = leftOut.Count };
    }
}
