using PaperGraph.Core.Exploration;

namespace PaperGraph.Core.Tests.Exploration;

/// <summary>A graph written in the test, behind the searches' expansion seams; counts expansions and calls.</summary>
internal sealed class InMemoryGraph(params GraphEdge[] edges)
{
    /// <summary>Frontiers expanded, alone or several in one call.</summary>
    public int Expansions { get; private set; }

    /// <summary>Calls made through <see cref="ExpandMany"/>, however many frontiers each read.</summary>
    public int Calls { get; private set; }

    public GraphExpansion Expand => (frontier, kinds, _) =>
    {
        Expansions++;
        var set = frontier.ToHashSet();
        IReadOnlyList<GraphEdge> found = edges.Where(e => (kinds & e.Kind) != 0 && (set.Contains(e.Source) || set.Contains(e.Target))).ToList();
        return Task.FromResult(found);
    };

    public GraphExpansions ExpandMany => async (frontiers, kinds, cancellationToken) =>
    {
        Calls++;
        var found = new List<IReadOnlyList<GraphEdge>>();
        foreach (var frontier in frontiers)
        {
            found.Add(await Expand(frontier, kinds, cancellationToken));
        }

        return found;
    };

    public static GraphEdge Mentions(string paper, string entity) =>
        new(NodeRef.Paper(paper), NodeRef.Entity(entity), GraphEdgeKind.Mentions, 1, $"{paper} mentions {entity}");

    public static GraphEdge BuildsOn(string citing, string cited) =>
        new(NodeRef.Paper(citing), NodeRef.Paper(cited), GraphEdgeKind.BuildsOn, 0.5, $"{citing} builds on {cited}");
}
