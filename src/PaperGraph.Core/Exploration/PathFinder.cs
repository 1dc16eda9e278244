namespace PaperGraph.Core.Exploration;

/// <summary>
/// Shortest path between two nodes by bidirectional breadth-first search, written here rather than in a
/// query language so both stores answer identically (Neo4j 3.1's Cypher has no usable shortestPath over
/// our HTTP seam). Each step expands the smaller frontier with one batched <see cref="GraphExpansion"/>, or reads
/// both sides' frontiers in one call when given <see cref="GraphExpansions"/>.
/// Deterministic: frontiers and edges are walked in <see cref="NodeRef"/> order, the first parent found
/// wins, and among meeting nodes the smallest wins.
/// </summary>
public static class PathFinder
{
    public const int MaxHopsLimit = 4;

    /// <summary>Frontier nodes beyond this are dropped (smallest kept), bounding the work per step.</summary>
    public const int MaxFrontier = 2_000;

    public static Task<GraphPath?> FindAsync(NodeRef from, NodeRef to, int maxHops, GraphEdgeKind kinds, GraphExpansion expand, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expand);
        return SearchAsync(from, to, maxHops, kinds, OneAtATime(expand), readAhead: false, cancellationToken);
    }

    /// <summary>
    /// The same search, reading ahead: a step that must read its side's frontier reads the other side's in the same
    /// call, unless this step is the last the hop limit allows. The path found is the same (each side's frontiers do
    /// not depend on the other side, only the order they are taken in does); the calls are fewer, at the cost of
    /// reading a frontier that goes unused when the search ends first.
    /// </summary>
    public static Task<GraphPath?> FindAsync(NodeRef from, NodeRef to, int maxHops, GraphEdgeKind kinds, GraphExpansions expand, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expand);
        return SearchAsync(from, to, maxHops, kinds, expand, readAhead: true, cancellationToken);
    }

    private static async Task<GraphPath?> SearchAsync(NodeRef from, NodeRef to, int maxHops, GraphEdgeKind kinds, GraphExpansions expand, bool readAhead, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxHops, MaxHopsLimit);
        if (from == to)
        {
            return new GraphPath([from], []);
        }

        var forward = new SearchSide(from);
        var backward = new SearchSide(to);
        while (forward.Depth + backward.Depth < maxHops && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            var (side, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            if (side.ReadAhead is null)
            {
                var withOther = readAhead && other.ReadAhead is null && forward.Depth + backward.Depth + 1 < maxHops;
                var read = await expand(withOther ? [side.Frontier, other.Frontier] : [side.Frontier], kinds, cancellationToken);
                side.ReadAhead = read[0];
                if (withOther)
                {
                    other.ReadAhead = read[1];
                }
            }

            var reached = side.Advance(side.ReadAhead);
            var meeting = reached.Where(other.Parents.ContainsKey).Order().FirstOrDefault();
            if (meeting != default)
            {
                return Join(forward, backward, meeting);
            }
        }

        return null;
    }

    private static GraphExpansions OneAtATime(GraphExpansion expand) => async (frontiers, kinds, cancellationToken) =>
    {
        var edges = new List<IReadOnlyList<GraphEdge>>(frontiers.Count);
        foreach (var frontier in frontiers)
        {
            edges.Add(await expand(frontier, kinds, cancellationToken));
        }

        return edges;
    };

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
