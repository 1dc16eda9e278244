using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking;

public sealed partial class GraphLinker
{
    /// <summary>
    /// Replaces the builds-on links of these papers with ones derived from what the store holds now: their
    /// mentions, the introducers of what they mention, those entities, and the texts of the citing and cited papers.
    /// </summary>
    private async Task RecomputeLinksAsync(IReadOnlyCollection<string> citingPaperIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in citingPaperIds.Chunk(options.BatchSize))
        {
            var mentions = await store.GetMentionsAsync(chunk, cancellationToken);
            var entityIds = mentions.Values.SelectMany(m => m.Select(x => x.EntityId)).Distinct(StringComparer.Ordinal).ToArray();
            var introducers = entityIds.Length == 0 ? Empty : await store.GetIntroducingPaperIdsAsync(entityIds, cancellationToken);

            // Only papers that mention an introduced entity can link: the rest need neither their text nor the entities.
            var citing = chunk.Where(id => mentions.GetValueOrDefault(id)?.Any(m => introducers.ContainsKey(m.EntityId)) == true).ToArray();
            var papers = citing.Length == 0
                ? new Dictionary<string, Paper>()
                : await store.GetPapersAsync(citing.Concat(introducers.Values.SelectMany(ids => ids)).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken);
            var entities = introducers.Count == 0
                ? new Dictionary<string, Entity>()
                : await store.GetEntitiesAsync(introducers.Keys.ToArray(), cancellationToken);
            var evidence = new BuildsOnEvidence(introducers, entities, papers);
            var links = citing
                .SelectMany(id => BuildsOnLinker.LinksFor(id, mentions.GetValueOrDefault(id) ?? [], evidence))
                .ToArray();
            await store.ReplaceLinksAsync(chunk, links, cancellationToken);
        }
    }

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Empty = new Dictionary<string, IReadOnlyList<string>>();
}
