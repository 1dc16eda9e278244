namespace PaperGraph.Core.Exploration;

/// <summary>
/// Shortest path between two nodes by bidirectional breadth-first search, written here rather than in a
/// query language so both stores answer identically (Neo4j 3.1's Cypher has no usable shortestPath over
/// our HTTP seam). Each step expands the smaller frontier with one batched <see cref="GraphExpansion"/>.
/// Deterministic: frontiers and edges are walked in <see cref="NodeRef"/> order, the first parent found
/// wins, and among meeting nodes the smallest wins.
/// </summary>
public static class PathFinder
{
    public const int MaxHopsLimit = 4;

    /// <summary>Frontier nodes beyond this are dropped (smallest kept), bounding the work per step.</summary>
    public const int MaxFrontier = 2_000;

    public static async Task<GraphPath?> FindAsync(NodeRef from, NodeRef to, int maxHops, GraphEdgeKind kinds, GraphExpansion expand, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxHops, MaxHopsLimit);
        ArgumentNullException.ThrowIfNull(expand);
        if (from == to)
        {
            return new GraphPath([from], []);
        }

        var forward = new SearchSide(from);
        var backward = new SearchSide(to);
        while (forward.Depth + backward.Depth < maxHops && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            var (side, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            var edges = await expand(side.Frontier, kinds, cancellationToken);
            var reached = side.Advance(edges);
            var meeting = reached.Where(other.Parents.ContainsKey).Order().FirstOrDefault();
            if (meeting != default)
            {
                return Join(forward, backward, meeting);
            }
        }

        return null;
    }

    private static GraphPath Join(SearchSide forward, SearchSide backward, NodeRef meeting)
    {
        // WalkBack pairs each node with the edge that reached it from the side's start.
        var front = forward.WalkBack(meeting).Reverse().ToList();
        var back = backward.WalkBack(meeting).ToList();
        var nodes = front.Select(x => x.Node).Concat(back.Skip(1).Select(x => x.Node)).ToList();
        var edges = front.Concat(back).Where(x => x.Edge is not null).Select(x => x.Edge!).ToList();
        return new GraphPath(nodes, edges);
    }
}
