using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Loading;

/// <summary>
/// The batch loaders of one request (a scoped service): lists of papers resolve their mentions, entities
/// and links with one store call per kind, never one per paper.
/// </summary>
internal sealed class GraphLoaders(IGraphStore store)
{
    public BatchLoader<string, Paper> Papers { get; } = new(store.GetPapersAsync);

    public BatchLoader<string, Entity> Entities { get; } = new(store.GetEntitiesAsync);

    public BatchLoader<string, IReadOnlyList<Mention>> Mentions { get; } = new(store.GetMentionsAsync);

    public BatchLoader<string, IReadOnlyList<string>> IntroducedEntityIds { get; } = new(store.GetIntroducedEntityIdsAsync);

    public BatchLoader<string, IReadOnlyList<string>> IntroducingPaperIds { get; } = new(store.GetIntroducingPaperIdsAsync);

    public BatchLoader<string, IReadOnlyList<PaperLink>> OutgoingLinks { get; } =
        new((ids, ct) => store.GetLinksAsync(ids, LinkDirection.Outgoing, ct));

    public BatchLoader<string, IReadOnlyList<PaperLink>> IncomingLinks { get; } =
        new((ids, ct) => store.GetLinksAsync(ids, LinkDirection.Incoming, ct));
}
