using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Exploration;

/// <summary>Labels for many nodes in two batched store calls (papers, entities).</summary>
public sealed class NodeLabels(IGraphStore store)
{
    public async Task<IReadOnlyDictionary<NodeRef, NodeLabel>> GetAsync(IReadOnlyCollection<NodeRef> nodes, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<NodeRef, NodeLabel>();
        var paperIds = nodes.Where(n => n.Kind == GraphNodeKind.Paper).Select(n => n.Id).Distinct().ToArray();
        var entityIds = nodes.Where(n => n.Kind == GraphNodeKind.Entity).Select(n => n.Id).Distinct().ToArray();
        if (paperIds.Length > 0)
        {
            foreach (var (id, paper) in await store.GetPapersAsync(paperIds, cancellationToken))
            {
                labels[NodeRef.Paper(id)] = new NodeLabel(paper.Title, paper.Date);
            }
        }

        if (entityIds.Length > 0)
        {
            foreach (var (id, entity) in await store.GetEntitiesAsync(entityIds, cancellationToken))
            {
                labels[NodeRef.Entity(id)] = new NodeLabel(entity.Name, null);
            }
        }

        return labels;
    }
}
