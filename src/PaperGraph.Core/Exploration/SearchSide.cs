namespace PaperGraph.Core.Exploration;

/// <summary>One side of a bidirectional breadth-first search: what it has reached, how, and its frontier.</summary>
internal sealed class SearchSide
{
    public SearchSide(NodeRef start)
    {
        Parents = new Dictionary<NodeRef, (NodeRef Parent, GraphEdge? Edge)> { [start] = (start, null) };
        Frontier = [start];
    }

    public Dictionary<NodeRef, (NodeRef Parent, GraphEdge? Edge)> Parents { get; }

    public IReadOnlyList<NodeRef> Frontier { get; private set; }

    public int Depth { get; private set; }

    /// <summary>The edges of <see cref="Frontier"/> when they were read before this side's turn (null until then).</summary>
    public IReadOnlyList<GraphEdge>? ReadAhead { get; set; }

    /// <summary>Takes one level: every node the edges reach from the frontier that this side had not seen.</summary>
    public IReadOnlyList<NodeRef> Advance(IReadOnlyList<GraphEdge> edges)
    {
        var frontier = new HashSet<NodeRef>(Frontier);
        var ordered = edges
            .SelectMany(e => new[] { (From: e.Source, Edge: e), (From: e.Target, Edge: e) })
            .Where(x => frontier.Contains(x.From))
            .OrderBy(x => x.From)
            .ThenBy(x => x.Edge.Other(x.From))
            .ThenBy(x => x.Edge.Kind);
        var next = new List<NodeRef>();
        foreach (var (from, edge) in ordered)
        {
            var to = edge.Other(from);
            if (Parents.TryAdd(to, (from, edge)))
            {
                next.Add(to);
            }
        }

        next.Sort();
        Frontier = next.Count > PathFinder.MaxFrontier ? next[..PathFinder.MaxFrontier] : next;
        ReadAhead = null;
        Depth++;
        return next;
    }

    /// <summary>From <paramref name="node"/> back to this side's start, each node with the edge that reached it.</summary>
    public IEnumerable<(NodeRef Node, GraphEdge? Edge)> WalkBack(NodeRef node)
    {
        while (true)
        {
            var (parent, edge) = Parents[node];
            yield return (node, edge);
            if (edge is null)
            {
                yield break;
            }

            node = parent;
        }
    }
}
