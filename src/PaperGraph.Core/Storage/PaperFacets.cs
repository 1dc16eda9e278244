namespace PaperGraph.Core.Storage;

/// <summary>
/// Counts over the papers a <see cref="PaperFilter"/> selects, for a search page's side panel. Years and
/// months ascending (papers with no year are in none); kinds (papers mentioning at least one entity of the
/// kind), entities and authors by papers descending then value, the last two cut to the top N.
/// </summary>
public sealed record PaperFacets(
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Months,
    IReadOnlyList<FacetCount> EntityKinds,
    IReadOnlyList<FacetCount> Entities,
    IReadOnlyList<FacetCount> Authors)
{
    /// <summary>Largest top-N a caller may ask for.</summary>
    public const int MaxTop = 100;

    public static PaperFacets Empty { get; } = new([], [], [], [], []);
}
