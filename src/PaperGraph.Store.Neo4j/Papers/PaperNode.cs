using PaperGraph.Core.Graph;

namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// A <c>:Paper</c> node's properties as read. <c>dateOrd</c> (<see cref="Core.Storage.DateKey"/>) orders dates like
/// <see cref="ListingDate.CompareTo"/> (a missing year counts as 0) and is -1 for no date, so "no date"
/// sorts first ascending and last descending, as a NULL does in SQL.
/// </summary>
internal sealed record PaperNode
{
    public const string Projection = "p {.id, .title, .abstract, .arxivId, .authors, .dateYear, .dateMonth, .dateDay, .categories}";

    /// <summary><see cref="Projection"/> with an empty abstract, which then never leaves the server.</summary>
    public const string ProjectionWithoutAbstract = "p {.id, .title, abstract: '', .arxivId, .authors, .dateYear, .dateMonth, .dateDay, .categories}";

    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Abstract { get; init; }

    public string? ArxivId { get; init; }

    public IReadOnlyList<string>? Authors { get; init; }

    public int? DateYear { get; init; }

    public int? DateMonth { get; init; }

    public int? DateDay { get; init; }

    /// <summary>Null on a node written before categories were stored.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    public Paper ToPaper() => new()
    {
        Id = Id,
        Title = Title,
        Abstract = Abstract,
        ArxivId = ArxivId,
        Authors = Authors ?? [],
        Date = DateMonth is { } month && DateDay is { } day ? new ListingDate(DateYear, month, day) : null,
        Categories = Categories ?? [],
    };
}
