using System.Globalization;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Exploration;

/// <summary>
/// Expands frontiers over <see cref="IGraphStore"/> with one batched call (<see cref="IGraphStore.GetFrontiersAsync"/>)
/// for every kind of edge and every frontier asked together: papers' mentions, links both ways and introductions, and
/// for entities their introducers and the mentions of their newest <see cref="PapersPerEntity"/> papers. A hub entity
/// therefore costs at most that many papers, never its whole usage list: paths and neighbourhoods through hubs are
/// sampled, newest first.
/// </summary>
public sealed class StoreGraphExpander(IGraphStore store)
{
    public const int PapersPerEntity = 50;

    public async Task<IReadOnlyList<GraphEdge>> ExpandAsync(IReadOnlyCollection<NodeRef> frontier, GraphEdgeKind kinds, CancellationToken cancellationToken) =>
        (await ExpandManyAsync([frontier], kinds, cancellationToken))[0];

    /// <summary>Each frontier's edges, as <see cref="ExpandAsync"/> gives them, from one store call for all of them.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<GraphEdge>>> ExpandManyAsync(IReadOnlyList<IReadOnlyCollection<NodeRef>> frontiers, GraphEdgeKind kinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frontiers);
        var queries = frontiers.Select(frontier => Query(frontier, kinds, paperCounts: false)).ToList();
        var records = await store.GetFrontiersAsync(queries, cancellationToken);
        return [.. queries.Zip(records, EdgesOf)];
    }

    /// <summary>
    /// <see cref="ExpandAsync"/>, with how many papers mention each frontier entity in all (when mentions are walked), from
    /// the same store call: what a view needs to say how much the newest-papers sample left out.
    /// </summary>
    public async Task<(IReadOnlyList<GraphEdge> Edges, IReadOnlyDictionary<string, long> PapersMentioning)> ExpandCountingAsync(IReadOnlyCollection<NodeRef> frontier, GraphEdgeKind kinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        var query = Query(frontier, kinds, paperCounts: kinds.HasFlag(GraphEdgeKind.Mentions));
        var records = (await store.GetFrontiersAsync([query], cancellationToken))[0];
        return (EdgesOf(query, records), records.PapersMentioning);
    }

    private static FrontierQuery Query(IReadOnlyCollection<NodeRef> frontier, GraphEdgeKind kinds, bool paperCounts) =>
        new(IdsOf(frontier, GraphNodeKind.Paper), IdsOf(frontier, GraphNodeKind.Entity), PapersPerEntity)
        {
            Mentions = kinds.HasFlag(GraphEdgeKind.Mentions),
            Links = kinds.HasFlag(GraphEdgeKind.BuildsOn),
            Introductions = kinds.HasFlag(GraphEdgeKind.Introduces),
            PaperCounts = paperCounts,
        };

    private static string[] IdsOf(IReadOnlyCollection<NodeRef> frontier, GraphNodeKind kind) =>
        frontier.Where(n => n.Kind == kind).Select(n => n.Id).Distinct(StringComparer.Ordinal).ToArray();

    private static IReadOnlyList<GraphEdge> EdgesOf(FrontierQuery frontier, FrontierRecords records)
    {
        var edges = new HashSet<GraphEdge>(GraphEdgeIdentity.Instance);

        // One read gives both directions the same weight and evidence for an edge: a frontier paper's mentions are
        // all edges, an entity's newest papers' mentions only those of the frontier's entities.
        var frontierPapers = new HashSet<string>(frontier.PaperIds, StringComparer.Ordinal);
        var frontierEntities = new HashSet<string>(frontier.EntityIds, StringComparer.Ordinal);
        foreach (var (paperId, list) in records.Mentions)
        {
            foreach (var group in list.GroupBy(m => m.EntityId, StringComparer.Ordinal))
            {
                if (frontierPapers.Contains(paperId) || frontierEntities.Contains(group.Key))
                {
                    edges.Add(MentionEdge(paperId, group.Key, [.. group]));
                }
            }
        }

        foreach (var link in records.Links.Values.SelectMany(l => l))
        {
            edges.Add(new GraphEdge(NodeRef.Paper(link.CitingPaperId), NodeRef.Paper(link.CitedPaperId), GraphEdgeKind.BuildsOn, link.Score, link.Reason));
        }

        foreach (var (paperId, ids) in records.IntroducedEntityIds)
        {
            edges.UnionWith(ids.Select(id => IntroducesEdge(paperId, id)));
        }

        foreach (var (entityId, ids) in records.IntroducingPaperIds)
        {
            edges.UnionWith(ids.Select(id => IntroducesEdge(id, entityId)));
        }

        var result = edges.ToList();
        result.Sort(GraphEdge.Compare);
        return result;
    }

    private static GraphEdge MentionEdge(string paperId, string entityId, IReadOnlyList<Mention> mentions)
    {
        var first = mentions[0];
        var field = first.Field == MentionField.Title ? "title" : "abstract";
        var evidence = string.Create(CultureInfo.InvariantCulture, $"mentions \"{first.Surface}\" in its {field} ({mentions.Count}×)");
        return new GraphEdge(NodeRef.Paper(paperId), NodeRef.Entity(entityId), GraphEdgeKind.Mentions, mentions.Max(m => m.Score), evidence);
    }

    private static GraphEdge IntroducesEdge(string paperId, string entityId) =>
        new(NodeRef.Paper(paperId), NodeRef.Entity(entityId), GraphEdgeKind.Introduces, 1.0, "introduces it");
}
