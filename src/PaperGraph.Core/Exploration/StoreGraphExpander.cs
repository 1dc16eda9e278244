using System.Globalization;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Exploration;

/// <summary>
/// Expands a frontier over <see cref="IGraphStore"/> with batched calls: one call per edge kind for all
/// the frontier's papers (links both ways in one), and for entities one call for the newest <see cref="PapersPerEntity"/> papers of
/// each. A hub entity therefore costs at most that many papers, never its whole usage list: paths and
/// neighbourhoods through hubs are sampled, newest first.
/// </summary>
public sealed class StoreGraphExpander(IGraphStore store)
{
    public const int PapersPerEntity = 50;

    public async Task<IReadOnlyList<GraphEdge>> ExpandAsync(IReadOnlyCollection<NodeRef> frontier, GraphEdgeKind kinds, CancellationToken cancellationToken)
    {
        var paperIds = frontier.Where(n => n.Kind == GraphNodeKind.Paper).Select(n => n.Id).Distinct().ToArray();
        var entityIds = frontier.Where(n => n.Kind == GraphNodeKind.Entity).Select(n => n.Id).Distinct().ToArray();
        var edges = new HashSet<GraphEdge>(GraphEdgeIdentity.Instance);

        if (kinds.HasFlag(GraphEdgeKind.Mentions))
        {
            var mentioningPapers = new HashSet<string>(paperIds, StringComparer.Ordinal);
            if (entityIds.Length > 0)
            {
                var newest = await store.GetNewestPaperIdsMentioningAsync(entityIds, PapersPerEntity, cancellationToken);
                mentioningPapers.UnionWith(newest.Values.SelectMany(ids => ids));
            }

            // One batched read gives both directions the same weight and evidence for an edge.
            var wanted = new HashSet<string>(entityIds, StringComparer.Ordinal);
            var frontierPapers = new HashSet<string>(paperIds, StringComparer.Ordinal);
            var mentions = mentioningPapers.Count == 0
                ? new Dictionary<string, IReadOnlyList<Mention>>()
                : await store.GetMentionsAsync(mentioningPapers, cancellationToken);
            foreach (var (paperId, list) in mentions)
            {
                foreach (var group in list.GroupBy(m => m.EntityId, StringComparer.Ordinal))
                {
                    if (frontierPapers.Contains(paperId) || wanted.Contains(group.Key))
                    {
                        edges.Add(MentionEdge(paperId, group.Key, [.. group]));
                    }
                }
            }
        }

        if (kinds.HasFlag(GraphEdgeKind.BuildsOn) && paperIds.Length > 0)
        {
            var links = await store.GetLinksAsync(paperIds, LinkDirection.Both, cancellationToken);
            foreach (var link in links.Values.SelectMany(l => l))
            {
                edges.Add(new GraphEdge(NodeRef.Paper(link.CitingPaperId), NodeRef.Paper(link.CitedPaperId), GraphEdgeKind.BuildsOn, link.Score, link.Reason));
            }
        }

        if (kinds.HasFlag(GraphEdgeKind.Introduces))
        {
            if (paperIds.Length > 0)
            {
                var introduced = await store.GetIntroducedEntityIdsAsync(paperIds, cancellationToken);
                foreach (var (paperId, ids) in introduced)
                {
                    edges.UnionWith(ids.Select(id => IntroducesEdge(paperId, id)));
                }
            }

            if (entityIds.Length > 0)
            {
                var introducers = await store.GetIntroducingPaperIdsAsync(entityIds, cancellationToken);
                foreach (var (entityId, ids) in introducers)
                {
                    edges.UnionWith(ids.Select(id => IntroducesEdge(id, entityId)));
                }
            }
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
