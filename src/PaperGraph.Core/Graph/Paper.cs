namespace PaperGraph.Core.Graph;

/// <summary>A paper as PaperGraph stores it: what its listing says, under a stable id.</summary>
public sealed record Paper
{
    /// <summary>Stable id from <see cref="PaperIds"/>: <c>arxiv:2312.00752</c> or <c>title:…</c>.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Abstract { get; init; }

    /// <summary>arXiv id without version, e.g. <c>2312.00752</c>.</summary>
    public string? ArxivId { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public ListingDate? Date { get; init; }

    /// <summary>
    /// The listing's subject categories (arXiv: <c>cs.CL</c>, <c>cs.CV</c>, the primary one first), when it gives them;
    /// empty for listing pages, which carry none.
    /// </summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Field-wise equality; records compare lists by reference, which is never what we want.</summary>
    public bool SameContentAs(Paper other) =>
        Id == other.Id && Title == other.Title && Abstract == other.Abstract && ArxivId == other.ArxivId
        && Date == other.Date && Authors.SequenceEqual(other.Authors) && Categories.SequenceEqual(other.Categories);
}
