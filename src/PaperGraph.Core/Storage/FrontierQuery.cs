namespace PaperGraph.Core.Storage;

/// <summary>
/// What <see cref="IGraphStore.GetFrontiersAsync"/> reads around one frontier of papers and entities. Each flag
/// names a kind of record and leaves the others unread when off.
/// </summary>
/// <param name="PapersPerEntity">How many of each entity's newest papers to read the mentions of.</param>
public sealed record FrontierQuery(IReadOnlyCollection<string> PaperIds, IReadOnlyCollection<string> EntityIds, int PapersPerEntity)
{
    /// <summary>The mentions of each frontier paper and of each frontier entity's newest papers.</summary>
    public bool Mentions { get; init; } = true;

    /// <summary>Each frontier paper's links, outgoing then incoming.</summary>
    public bool Links { get; init; } = true;

    /// <summary>The entities each frontier paper introduces and the papers introducing each frontier entity.</summary>
    public bool Introductions { get; init; } = true;

    /// <summary>How many papers mention each frontier entity in all, not only its newest (off unless asked).</summary>
    public bool PaperCounts { get; init; }
}
