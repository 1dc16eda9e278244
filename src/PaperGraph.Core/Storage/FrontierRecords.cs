using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Storage;

/// <summary>
/// The records around one frontier (<see cref="IGraphStore.GetFrontiersAsync"/>), each as its own read gives it:
/// <see cref="Mentions"/> as <see cref="IGraphStore.GetMentionsAsync"/> for the frontier papers and the first
/// <see cref="FrontierQuery.PapersPerEntity"/> papers <see cref="IGraphStore.GetNewestPaperIdsMentioningAsync"/> lists for
/// the frontier entities, <see cref="Links"/> as <see cref="IGraphStore.GetLinksAsync"/> both ways, the introductions as
/// <see cref="IGraphStore.GetIntroducedEntityIdsAsync"/> and <see cref="IGraphStore.GetIntroducingPaperIdsAsync"/>, the
/// paper counts as <see cref="IGraphStore.CountPapersMentioningAsync"/> for the frontier entities.
/// </summary>
public sealed record FrontierRecords(
    IReadOnlyDictionary<string, IReadOnlyList<Mention>> Mentions,
    IReadOnlyDictionary<string, IReadOnlyList<PaperLink>> Links,
    IReadOnlyDictionary<string, IReadOnlyList<string>> IntroducedEntityIds,
    IReadOnlyDictionary<string, IReadOnlyList<string>> IntroducingPaperIds,
    IReadOnlyDictionary<string, long> PapersMentioning);
