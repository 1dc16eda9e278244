using System.ComponentModel.DataAnnotations;

namespace PaperGraph.Core.Linking;

/// <summary>Settings of <see cref="GraphLinker"/>, bound from the <c>Linking</c> section.</summary>
public sealed class GraphLinkerOptions
{
    public const string SectionName = "Linking";

    /// <summary>Papers per store read and write.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// The most papers one entity change may touch (relinked because they contain its name, or re-scored because
    /// it gained an introducer). A cap keeps one batch bounded when a very common name appears; going over it is
    /// logged, and <c>papergraph relink</c> repairs what was skipped.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxPapersPerEntity { get; set; } = 20_000;

    /// <summary>
    /// Finds relink candidates the plain way (a full-text search per name form) instead of through the store's
    /// word index; only for the agreement tests and the benchmark's before/after, never configured.
    /// </summary>
    internal bool RelinkCandidatesByFullText { get; init; }
}
