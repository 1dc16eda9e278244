using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Storage;

/// <summary>Filters on papers; every set field must hold (AND). <see cref="MentionsEntityIds"/> means "mentions all of".</summary>
public sealed record PaperFilter
{
    /// <summary>Full-text query over title and abstract (FTS syntax is not exposed: words are ANDed).</summary>
    public string? Search { get; init; }

    public int? Year { get; init; }

    /// <summary>Inclusive bounds on <see cref="Paper.Date"/>; papers with no year never match a bound.</summary>
    public ListingDate? DateFrom { get; init; }

    public ListingDate? DateTo { get; init; }

    public IReadOnlyList<string> MentionsEntityIds { get; init; } = [];

    /// <summary>Only papers that mention at least one entity of this kind.</summary>
    public EntityKind? MentionsKind { get; init; }

    /// <summary>Only papers with an author whose <see cref="Authors.AuthorNames.Key"/> is this.</summary>
    public string? AuthorKey { get; init; }

    public static PaperFilter None { get; } = new();
}
