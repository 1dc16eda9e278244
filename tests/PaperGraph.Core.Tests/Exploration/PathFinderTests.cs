using PaperGraph.Core.Exploration;
using static PaperGraph.Core.Tests.Exploration.InMemoryGraph;

namespace PaperGraph.Core.Tests.Exploration;

public sealed class PathFinderTests
{
    [Fact]
    public async Task FindAsync_SharedEntity_ReturnsTwoHopsThroughIt()
    {
        var graph = new InMemoryGraph(Mentions("p1", "s4"), Mentions("p2", "s4"), Mentions("p2", "other"));

        var path = await PathFinder.FindAsync(NodeRef.Paper("p1"), NodeRef.Paper("p2"), 4, GraphEdgeKind.All, graph.Expand, TestContext.Current.CancellationToken);

        Assert.NotNull(path);
        Assert.Equal([NodeRef.Paper("p1"), NodeRef.Entity("s4"), NodeRef.Paper("p2")], path.Nodes);
        Assert.Equal(["p1 mentions s4", "p2 mentions s4"], path.Edges.Select(e => e.Evidence));
    }

    [Fact]
    public async Task FindAsync_DirectLinkAndLongerRoute_PrefersShortest()
    {
        var graph = new InMemoryGraph(Mentions("a", "e"), Mentions("b", "e"), BuildsOn("a", "b"));

        var path = await PathFinder.FindAsync(NodeRef.Paper("a"), NodeRef.Paper("b"), 4, GraphEdgeKind.All, graph.Expand, TestContext.Current.CancellationToken);

        Assert.NotNull(path);
        Assert.Equal(1, path.Hops);
        Assert.Equal(GraphEdgeKind.BuildsOn, path.Edges[0].Kind);
    }

    [Fact]
    public async Task FindAsync_FourHopChain_WalksItInOrder()
    {
        var graph = new InMemoryGraph(Mentions("a", "x"), Mentions("m", "x"), Mentions("m", "y"), Mentions("b", "y"));

        var path = await PathFinder.FindAsync(NodeRef.Paper("a"), NodeRef.Paper("b"), 4, GraphEdgeKind.All, graph.Expand, TestContext.Current.CancellationToken);

        Assert.NotNull(path);
        Assert.Equal(["a", "x", "m", "y", "b"], path.Nodes.Select(n => n.Id));
        for (var i = 0; i < path.Hops; i++)
        {
            Assert.True(path.Edges[i].Touches(path.Nodes[i]) && path.Edges[i].Touches(path.Nodes[i + 1]));
        }
    }

    [Fact]
    public async Task FindAsync_PathLongerThanMaxHops_ReturnsNullWithinBoundedExpansions()
    {
        var graph = new InMemoryGraph(Mentions("a", "x"), Mentions("m", "x"), Mentions("m", "y"), Mentions("b", "y"));

        var path = await PathFinder.FindAsync(NodeRef.Paper("a"), NodeRef.Paper("b"), 3, GraphEdgeKind.All, graph.Expand, TestContext.Current.CancellationToken);

        Assert.Null(path);
        Assert.Equal(3, graph.Expansions);
    }

    [Fact]
    public async Task FindAsync_EdgeKindExcluded_DoesNotWalkIt()
    {
        var graph = new InMemoryGraph(BuildsOn("a", "b"));

        var path = await PathFinder.FindAsync(NodeRef.Paper("a"), NodeRef.Paper("b"), 4, GraphEdgeKind.Mentions, graph.Expand, TestContext.Current.CancellationToken);

        Assert.Null(path);
    }

    [Fact]
    public async Task FindAsync_TwoEqualRoutes_PicksSmallestMeetingNodeEveryTime()
    {
        var graph = new InMemoryGraph(Mentions("a", "z"), Mentions("b", "z"), Mentions("a", "k"), Mentions("b", "k"));

        var first = await PathFinder.FindAsync(NodeRef.Paper("a"), NodeRef.Paper("b"), 2, GraphEdgeKind.All, graph.Expand, TestContext.Current.CancellationToken);
        var second = await PathFinder.FindAsync(NodeRef.Paper("a"), NodeRef.Paper("b"), 2, GraphEdgeKind.All, graph.Expand, TestContext.Current.CancellationToken);

        Assert.Equal("k", first!.Nodes[1].Id);
        Assert.Equal(first.Nodes, second!.Nodes);
    }

    [Fact]
    public async Task FindAsync_MaxHopsOverLimit_Throws()
    {
        var graph = new InMemoryGraph();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            PathFinder.FindAsync(NodeRef.Paper("a"), NodeRef.Paper("b"), 5, GraphEdgeKind.All, graph.Expand, TestContext.Current.CancellationToken));
    }
}
