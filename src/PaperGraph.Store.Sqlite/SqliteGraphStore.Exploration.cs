using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Sqlite;

/// <summary>
/// The several-reads-at-once calls. An embedded store has no round trip to save: each is the separate reads one
/// after the other, which is also what the contract suite holds the Neo4j store's single requests to.
/// </summary>
public sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyList<FrontierRecords>> GetFrontiersAsync(IReadOnlyList<FrontierQuery> frontiers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frontiers);
        var answers = new List<FrontierRecords>(frontiers.Count);
        foreach (var frontier in frontiers)
        {
            answers.Add(await GetFrontierAsync(frontier, cancellationToken));
        }

        return answers;
    }

    private async Task<FrontierRecords> GetFrontierAsync(FrontierQuery frontier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        var (paperIds, entityIds) = (frontier.PaperIds, frontier.EntityIds.ToList());
        var none = new Dictionary<string, IReadOnlyList<string>>();
        IReadOnlyDictionary<string, IReadOnlyList<Mention>> mentions = new Dictionary<string, IReadOnlyList<Mention>>();
        if (frontier.Mentions)
        {
            var mentioning = new HashSet<string>(paperIds, StringComparer.Ordinal);
            if (entityIds.Count > 0 && frontier.PapersPerEntity > 0)
            {
                var newest = await GetNewestPaperIdsMentioningAsync(entityIds, frontier.PapersPerEntity, cancellationToken);
                mentioning.UnionWith(newest.Values.SelectMany(ids => ids));
            }

            mentions = mentioning.Count == 0 ? mentions : await GetMentionsAsync(mentioning, cancellationToken);
        }

        var links = frontier.Links && paperIds.Count > 0
            ? await GetLinksAsync(paperIds, LinkDirection.Both, cancellationToken)
            : new Dictionary<string, IReadOnlyList<PaperLink>>();
        var introduced = frontier.Introductions && paperIds.Count > 0 ? await GetIntroducedEntityIdsAsync(paperIds, cancellationToken) : none;
        var introducing = frontier.Introductions && entityIds.Count > 0 ? await GetIntroducingPaperIdsAsync(entityIds, cancellationToken) : none;
        var counts = frontier.PaperCounts && entityIds.Count > 0 ? await CountPapersMentioningAsync(entityIds, cancellationToken) : new Dictionary<string, long>();
        return new FrontierRecords(mentions, links, introduced, introducing, counts);
    }

    public async Task<PaperProfile> GetPaperProfileAsync(string paperId, LinkDirection? links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paperId);
        var paperLinks = links is { } direction ? (await GetLinksAsync([paperId], direction, cancellationToken)).GetValueOrDefault(paperId) ?? [] : [];
        var mentions = (await GetMentionsAsync([paperId], cancellationToken)).GetValueOrDefault(paperId) ?? [];
        var entityIds = mentions.Select(m => m.EntityId).Distinct(StringComparer.Ordinal).ToList();
        var entities = entityIds.Count == 0 ? new Dictionary<string, Entity>() : await GetEntitiesAsync(entityIds, cancellationToken);
        var counts = entityIds.Count == 0 ? new Dictionary<string, long>() : await CountPapersMentioningAsync(entityIds, cancellationToken);
        var total = await CountPapersAsync(PaperFilter.None, cancellationToken);
        return new PaperProfile(paperLinks, mentions, entities, counts, total);
    }
}
