namespace PaperGraph.Core.Linking;

public sealed partial class GraphLinker
{
    /// <summary>
    /// Replaces the builds-on links of these papers with ones derived from what the store holds now: their
    /// mentions, the introducers of what they mention, those papers' titles and the entities' names.
    /// </summary>
    private async Task RecomputeLinksAsync(IReadOnlyCollection<string> citingPaperIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in citingPaperIds.Chunk(options.BatchSize))
        {
            var mentions = await store.GetMentionsAsync(chunk, cancellationToken);
            var entityIds = mentions.Values.SelectMany(m => m.Select(x => x.EntityId)).Distinct(StringComparer.Ordinal).ToArray();
            var introducers = entityIds.Length == 0 ? Empty : await store.GetIntroducingPaperIdsAsync(entityIds, cancellationToken);
            var cited = introducers.Values.SelectMany(ids => ids).Distinct(StringComparer.Ordinal).ToArray();
            var titles = cited.Length == 0
                ? new Dictionary<string, string>()
                : (await store.GetPapersAsync(cited, cancellationToken)).ToDictionary(p => p.Key, p => p.Value.Title, StringComparer.Ordinal);
            var names = introducers.Count == 0
                ? new Dictionary<string, string>()
                : (await store.GetEntitiesAsync(introducers.Keys.ToArray(), cancellationToken)).ToDictionary(e => e.Key, e => e.Value.Name, StringComparer.Ordinal);
            var links = chunk
                .SelectMany(id => BuildsOnLinker.LinksFor(id, mentions.GetValueOrDefault(id) ?? [], introducers, titles, names))
                .ToArray();
            await store.ReplaceLinksAsync(chunk, links, cancellationToken);
        }
    }

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Empty = new Dictionary<string, IReadOnlyList<string>>();
}
