using System.Globalization;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Exploration;

/// <summary>
/// Papers related to one paper, with the reasons that add up to each score:
/// builds-on links either way (weight <see cref="LinkWeight"/> × link score), shared entities
/// (<see cref="EntityWeight"/>, so hub entities add ~nothing and are not even scanned), and shared content
/// words (<see cref="TextSimilarity"/>, checked on the best <see cref="TextCandidates"/> candidates only,
/// since the store has no similarity index). Each entity contributes at most
/// <see cref="CandidatesPerEntity"/> papers (newest first): the query costs the same on a 100k-paper hub.
/// </summary>
public sealed class RelatedPapers(IGraphStore store)
{
    public const int CandidatesPerEntity = 200;
    public const int TextCandidates = 100;
    public const double LinkWeight = 1.0;
    public const double TextWeight = 1.0;

    /// <summary>Word overlap below this is not called similar.</summary>
    public const double TextFloor = 0.05;

    public async Task<IReadOnlyList<RelatedPaper>> FindAsync(string paperId, int first, IReadOnlySet<RelatedReasonKind>? kinds, CancellationToken cancellationToken) =>
        (await FindWithRecordsAsync(paperId, first, kinds, cancellationToken)).Related;

    /// <summary><see cref="FindAsync"/>, with the papers and entities read on the way (a view showing them need not read them again).</summary>
    public async Task<RelatedPapersFound> FindWithRecordsAsync(string paperId, int first, IReadOnlySet<RelatedReasonKind>? kinds, CancellationToken cancellationToken)
    {
        bool Wants(RelatedReasonKind kind) => kinds is null || kinds.Count == 0 || kinds.Contains(kind);
        var board = new RelatedScoreboard(paperId);
        var (buildsOn, builtOnBy) = (Wants(RelatedReasonKind.BuildsOn), Wants(RelatedReasonKind.BuiltOnBy));
        LinkDirection? direction = buildsOn && builtOnBy ? LinkDirection.Both : buildsOn ? LinkDirection.Outgoing : builtOnBy ? LinkDirection.Incoming : null;

        // Text similarity is checked on papers the entities reach, so it needs them even when not asked to score them.
        var entityBoard = Wants(RelatedReasonKind.SharedEntity) ? board : new RelatedScoreboard(paperId);
        var readsEntities = Wants(RelatedReasonKind.SharedEntity) || Wants(RelatedReasonKind.TextSimilar);

        // The paper's links, mentions and its entities' counts and records are one read; the entities' papers need
        // their weights, so they are a second.
        var profile = readsEntities ? await store.GetPaperProfileAsync(paperId, direction, cancellationToken) : null;
        var links = profile?.Links ?? [];
        if (profile is null && direction is { } linksOnly)
        {
            links = (await store.GetLinksAsync([paperId], linksOnly, cancellationToken)).GetValueOrDefault(paperId) ?? [];
        }

        // Both ways in one read; a paper's outgoing links come first, as they did in two.
        foreach (var link in links)
        {
            var (other, kind) = link.CitingPaperId == paperId ? (link.CitedPaperId, RelatedReasonKind.BuildsOn) : (link.CitingPaperId, RelatedReasonKind.BuiltOnBy);
            board.Add(other, new RelatedReason(kind, null, LinkWeight * link.Score, link.Reason));
        }

        if (profile is not null)
        {
            await AddSharedEntitiesAsync(profile, entityBoard, cancellationToken);
        }

        var ranked = board.Rank(TextCandidates).Concat(entityBoard.Rank(TextCandidates)).Select(r => r.PaperId).Distinct().ToArray();
        var papers = new Dictionary<string, Paper?>(StringComparer.Ordinal);
        if (Wants(RelatedReasonKind.TextSimilar) && ranked.Length > 0)
        {
            string[] paperIds = [paperId, .. ranked];
            var read = await store.GetPapersAsync(paperIds, cancellationToken);
            AddTextSimilarity(paperId, ranked, read, board);
            foreach (var id in paperIds)
            {
                papers[id] = read.GetValueOrDefault(id);
            }
        }

        return new RelatedPapersFound(board.Rank(first), papers, EntitiesRead(profile));
    }

    /// <summary>Every entity the paper mentions, with its record or null when the catalog has none.</summary>
    private static Dictionary<string, Entity?> EntitiesRead(PaperProfile? profile) =>
        profile is null
            ? new Dictionary<string, Entity?>(StringComparer.Ordinal)
            : profile.Mentions.Select(m => m.EntityId).Distinct(StringComparer.Ordinal)
                .ToDictionary(id => id, id => profile.Entities.GetValueOrDefault(id), StringComparer.Ordinal);

    private async Task AddSharedEntitiesAsync(PaperProfile profile, RelatedScoreboard board, CancellationToken cancellationToken)
    {
        var entityIds = profile.Mentions.Select(m => m.EntityId).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (entityIds.Length == 0)
        {
            return;
        }

        var (total, frequencies) = (profile.TotalPapers, profile.PapersMentioning);
        var weights = entityIds
            .Select(id => (Id: id, Weight: EntityWeight.Of(frequencies.GetValueOrDefault(id), total)))
            .Where(x => x.Weight >= EntityWeight.Negligible)
            .ToArray();
        if (weights.Length == 0)
        {
            return;
        }

        var weighted = weights.Select(w => w.Id).ToArray();
        var mentioning = await store.GetNewestPaperIdsMentioningAsync(weighted, CandidatesPerEntity, cancellationToken);
        foreach (var (entityId, weight) in weights)
        {
            var name = profile.Entities.TryGetValue(entityId, out var entity) ? entity.Name : entityId;
            var evidence = string.Create(CultureInfo.InvariantCulture, $"both mention {name} ({frequencies.GetValueOrDefault(entityId)} of {total} papers do)");
            foreach (var candidateId in mentioning.GetValueOrDefault(entityId) ?? [])
            {
                board.Add(candidateId, new RelatedReason(RelatedReasonKind.SharedEntity, entityId, weight, evidence));
            }
        }
    }

    private static void AddTextSimilarity(string paperId, IReadOnlyList<string> candidateIds, IReadOnlyDictionary<string, Paper> papers, RelatedScoreboard board)
    {
        if (!papers.TryGetValue(paperId, out var paper))
        {
            return;
        }

        var words = Words(paper);
        foreach (var candidateId in candidateIds)
        {
            if (papers.TryGetValue(candidateId, out var candidate))
            {
                var other = Words(candidate);
                var overlap = TextSimilarity.Jaccard(words, other);
                if (overlap >= TextFloor)
                {
                    var shared = words.Count(other.Contains);
                    var evidence = string.Create(CultureInfo.InvariantCulture, $"{shared} content words in common ({overlap * 100:0}% overlap)");
                    board.Add(candidateId, new RelatedReason(RelatedReasonKind.TextSimilar, null, TextWeight * overlap, evidence));
                }
            }
        }
    }

    private static IReadOnlySet<string> Words(Paper paper) => TextSimilarity.Words(paper.Title + " " + paper.Abstract);
}
