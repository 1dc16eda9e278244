using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Storage;

/// <summary>
/// What <see cref="IGraphStore.GetPaperProfileAsync"/> reads about one paper, each part as its own read gives it: its
/// links (<see cref="IGraphStore.GetLinksAsync"/>), its mentions (<see cref="IGraphStore.GetMentionsAsync"/>), the
/// catalog's record of each entity it mentions (<see cref="IGraphStore.GetEntitiesAsync"/>: entities not in the catalog
/// are absent), how many papers mention each of them (<see cref="IGraphStore.CountPapersMentioningAsync"/>) and how many
/// papers the store holds (<see cref="IGraphStore.CountPapersAsync"/> with no filter).
/// </summary>
public sealed record PaperProfile(
    IReadOnlyList<PaperLink> Links,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyDictionary<string, Entity> Entities,
    IReadOnlyDictionary<string, long> PapersMentioning,
    long TotalPapers);
