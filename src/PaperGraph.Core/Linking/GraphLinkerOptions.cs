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
    /// The most papers one entity change may relink because they contain one of its names. A cap keeps one batch
    /// bounded when a very common name appears; going over it is logged, and <c>papergraph relink</c> repairs what
    /// was skipped. Papers that mention a changed entity are all taken (ids from one indexed read); only the plain
    /// path below pages them and stops at the cap.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxPapersPerEntity { get; set; } = 20_000;

    /// <summary>
    /// Reads the store the plain way, one request per name form or entity: relink candidates by a full-text search
    /// per form instead of the word index, and the mentioners of each entity that gained or lost an introducer
    /// page by page instead of in one read for the batch. Only for the agreement tests and the benchmark's
    /// before/after, never configured.
    /// </summary>
    internal bool RelinkCandidatesByFullText { get; init; }
}
