using PaperGraph.Core.Exploration;
using static PaperGraph.Core.Tests.Exploration.InMemoryGraph;

namespace PaperGraph.Core.Tests.Exploration;

public sealed class NeighbourhoodTests
{
    [Fact]
    public async Task ExploreAsync_TwoHops_ReturnsNodesAndEdgesWithDegrees()
    {
        var graph = new InMemoryGraph(Mentions("p1", "e1"), Mentions("p2", "e1"), Mentions("p2", "e2"), BuildsOn("p3", "p2"));

        var sub = await Neighbourhood.ExploreAsync(NodeRef.Paper("p1"), 2, 100, GraphEdgeKind.All, graph.Expand, TestContext.Current.CancellationToken);

        Assert.Equal(["p1", "e1", "p2"], sub.Nodes.Select(n => n.Id));
        Assert.Equal(2, sub.Edges.Count);
        Assert.Equal(2, sub.DegreeOf(NodeRef.Entity("e1")));
        Assert.False(sub.Truncated);
    }

    [Fact]
    public async Task ExploreAsync_MoreNodesThanCap_TruncatesDeterministically()
    {
        var graph = new InMemoryGraph([.. Enumerable.Range(0, 10).Select(i => Mentions($"p{i}", "hub"))]);

        var sub = await Neighbourhood.ExploreAsync(NodeRef.Entity("hub"), 1, 4, GraphEdgeKind.All, graph.Expand, TestContext.Current.CancellationToken);

        Assert.True(sub.Truncated);
        Assert.Equal(["hub", "p0", "p1", "p2"], sub.Nodes.Select(n => n.Id));
        Assert.All(sub.Edges, e => Assert.Contains(e.Source, sub.Nodes));
    }

    [Fact]
    public async Task ExploreAsync_EdgeKindFilter_KeepsOnlyThatKind()
    {
        var graph = new InMemoryGraph(Mentions("p1", "e1"), BuildsOn("p1", "p2"));

        var sub = await Neighbourhood.ExploreAsync(NodeRef.Paper("p1"), 3, 100, GraphEdgeKind.BuildsOn, graph.Expand, TestContext.Current.CancellationToken);

        Assert.Equal(["p1", "p2"], sub.Nodes.Select(n => n.Id));
    }
}
