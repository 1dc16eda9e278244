using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Exploration;

/// <summary>Labels for many nodes in one batched store call (papers and entities together).</summary>
public sealed class NodeLabels(IGraphStore store)
{
    public async Task<IReadOnlyDictionary<NodeRef, NodeLabel>> GetAsync(IReadOnlyCollection<NodeRef> nodes, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<NodeRef, NodeLabel>();
        var paperIds = nodes.Where(n => n.Kind == GraphNodeKind.Paper).Select(n => n.Id).Distinct().ToArray();
        var entityIds = nodes.Where(n => n.Kind == GraphNodeKind.Entity).Select(n => n.Id).Distinct().ToArray();
        if (paperIds.Length == 0 && entityIds.Length == 0)
        {
            return labels;
        }

        var records = await store.GetPapersAndEntitiesAsync(paperIds, entityIds, cancellationToken);
        foreach (var (id, paper) in records.Papers)
        {
            labels[NodeRef.Paper(id)] = new NodeLabel(paper.Title, paper.Date);
        }

        foreach (var (id, entity) in records.Entities)
        {
            labels[NodeRef.Entity(id)] = new NodeLabel(entity.Name, null);
        }

        return labels;
    }
}
