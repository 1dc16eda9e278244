using PaperGraph.Core.Exploration;
using static PaperGraph.Core.Tests.Exploration.InMemoryGraph;

namespace PaperGraph.Core.Tests.Exploration;

/// <summary>The search that reads both sides' frontiers in one call finds what the one-frontier-per-call search finds.</summary>
public sealed class PathFinderReadAheadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindAsync_ReadingAhead_SamePathInFewerCalls()
    {
        // a - x - {m, c} and b - y - m: the forward side takes two steps, then the backward side two.
        var graph = new InMemoryGraph(Mentions("a", "x"), Mentions("m", "x"), Mentions("c", "x"), Mentions("m", "y"), Mentions("b", "y"));
        var plain = new InMemoryGraph(Mentions("a", "x"), Mentions("m", "x"), Mentions("c", "x"), Mentions("m", "y"), Mentions("b", "y"));

        var path = await PathFinder.FindAsync(NodeRef.Paper("a"), NodeRef.Paper("b"), 4, GraphEdgeKind.All, graph.ExpandMany, Ct);
        var expected = await PathFinder.FindAsync(NodeRef.Paper("a"), NodeRef.Paper("b"), 4, GraphEdgeKind.All, plain.Expand, Ct);

        Assert.Equal(["a", "x", "m", "y", "b"], path!.Nodes.Select(n => n.Id));
        Assert.Equal(expected!.Nodes, path.Nodes);
        Assert.Equal(expected.Edges, path.Edges);
        Assert.Equal(4, plain.Expansions);
        // {a} with {b}, then {x}, then {y}: the last step reads no other side, since no step follows it.
        Assert.Equal(3, graph.Calls);
    }

    [Fact]
    public async Task FindAsync_ReadingAheadOnRandomGraphs_FindsWhatOneAtATimeFinds()
    {
        var random = new Random(14);
        for (var graphIndex = 0; graphIndex < 60; graphIndex++)
        {
            var edges = RandomEdges(random, papers: 14, entities: 8, edgeCount: random.Next(8, 30));
            var nodes = edges.SelectMany(e => new[] { e.Source, e.Target }).Distinct().Order().ToList();
            for (var pair = 0; pair < 10; pair++)
            {
                var (from, to) = (nodes[random.Next(nodes.Count)], nodes[random.Next(nodes.Count)]);
                var maxHops = random.Next(0, PathFinder.MaxHopsLimit + 1);
                var (ahead, plain) = (new InMemoryGraph([.. edges]), new InMemoryGraph([.. edges]));

                var found = await PathFinder.FindAsync(from, to, maxHops, GraphEdgeKind.All, ahead.ExpandMany, Ct);
                var expected = await PathFinder.FindAsync(from, to, maxHops, GraphEdgeKind.All, plain.Expand, Ct);

                Assert.Equal(expected?.Nodes, found?.Nodes);
                Assert.Equal(expected?.Edges, found?.Edges);
                Assert.True(ahead.Calls <= plain.Expansions, $"{ahead.Calls} calls for {plain.Expansions} expansions");
            }
        }
    }

    private static List<GraphEdge> RandomEdges(Random random, int papers, int entities, int edgeCount)
    {
        var edges = new List<GraphEdge>();
        for (var i = 0; i < edgeCount; i++)
        {
            var paper = "p" + random.Next(papers);
            edges.Add(random.Next(3) == 0
                ? BuildsOn(paper, "p" + random.Next(papers))
                : Mentions(paper, "e" + random.Next(entities)));
        }

        return [.. edges.DistinctBy(e => (e.Source, e.Target, e.Kind)).Where(e => e.Source != e.Target)];
    }
}
