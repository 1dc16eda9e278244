namespace PaperGraph.Core.Ingestion;

/// <summary>Bounds on what one record may hold; anything larger is quarantined, never truncated.</summary>
public sealed record ListingLimits
{
    public int MaxTitleLength { get; init; } = 1_000;

    public int MaxAbstractLength { get; init; } = 50_000;

    /// <summary>A line longer than this is skipped to its end and quarantined, so one huge line cannot exhaust memory.</summary>
    public int MaxLineBytes { get; init; } = 1024 * 1024;

    public static ListingLimits Default { get; } = new();
}
