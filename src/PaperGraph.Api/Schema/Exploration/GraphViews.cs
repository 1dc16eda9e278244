using PaperGraph.Core.Exploration;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Exploration;

/// <summary>Runs the Core searches over the store and labels their nodes for a graph view.</summary>
internal sealed class GraphViews(IGraphStore store)
{
    private readonly StoreGraphExpander _expander = new(store);
    private readonly NodeLabels _labels = new(store);

    public async Task<PathView?> PathAsync(NodeRef from, NodeRef to, int maxHops, GraphEdgeKind kinds, CancellationToken cancellationToken)
    {
        var path = await PathFinder.FindAsync(from, to, maxHops, kinds, _expander.ExpandManyAsync, cancellationToken);
        if (path is null)
        {
            return null;
        }

        var labels = await _labels.GetAsync(path.Nodes, cancellationToken);
        var nodes = path.Nodes.Select(n => View(n, labels, path.Edges.Count(e => e.Touches(n)))).ToList();
        var hops = path.Edges.Select((e, i) => new PathHopView(nodes[i], nodes[i + 1], e)).ToList();
        return new PathView(nodes, hops);
    }

    public async Task<NeighbourhoodView> NeighbourhoodAsync(NodeRef centre, int hops, int maxNodes, GraphEdgeKind kinds, CancellationToken cancellationToken)
    {
        // Hub entities are read through their newest papers only; count what that leaves out so the answer can say so.
        var papersLeftOut = new Dictionary<string, long>(StringComparer.Ordinal);
        async Task<IReadOnlyList<GraphEdge>> ExpandCountingSamplesAsync(IReadOnlyCollection<NodeRef> frontier, GraphEdgeKind edgeKinds, CancellationToken ct)
        {
            var (edges, counts) = await _expander.ExpandCountingAsync(frontier, edgeKinds, ct);
            foreach (var (entityId, count) in counts)
            {
                if (count > StoreGraphExpander.PapersPerEntity)
                {
                    papersLeftOut[entityId] = count - StoreGraphExpander.PapersPerEntity;
                }
            }

            return edges;
        }

        var subgraph = await Neighbourhood.ExploreAsync(centre, hops, maxNodes, kinds, ExpandCountingSamplesAsync, cancellationToken);
        var labels = await _labels.GetAsync(subgraph.Nodes, cancellationToken);
        if (!labels.ContainsKey(centre))
        {
            return new NeighbourhoodView([], [], false, 0, 0);
        }

        var leftOut = papersLeftOut.Values.Sum();
        return new NeighbourhoodView([.. subgraph.Nodes.Select(n => View(n, labels, subgraph.DegreeOf(n)))], subgraph.Edges,
            subgraph.Truncated || leftOut > 0, subgraph.NodesLeftOut, leftOut);
    }

    private static GraphNodeView View(NodeRef node, IReadOnlyDictionary<NodeRef, NodeLabel> labels, int degree)
    {
        var label = labels.GetValueOrDefault(node);
        return new GraphNodeView(node, label?.Label ?? node.Id, label?.Date?.ToString(), degree);
    }
}
