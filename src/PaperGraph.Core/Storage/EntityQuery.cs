using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Storage;

/// <summary>A page request over entities, ordered by name then id; <see cref="Search"/> matches names and aliases by prefix.</summary>
public sealed record EntityQuery(string? Search, EntityKind? Kind, int First, string? After = null)
{
    /// <summary>Read backwards: the <see cref="First"/> entities just before <see cref="After"/> (the last ones when null), in list order; <see cref="Page{T}.HasNextPage"/> says whether more precede them.</summary>
    public bool Backward { get; init; }
}
