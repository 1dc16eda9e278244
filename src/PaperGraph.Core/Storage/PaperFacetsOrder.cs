namespace PaperGraph.Core.Storage;

/// <summary>Puts facet buckets read in any order into <see cref="PaperFacets"/>'s documented order, the same for every store.</summary>
public static class PaperFacetsOrder
{
    public static PaperFacets Apply(IReadOnlyDictionary<string, List<FacetCount>> buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        IReadOnlyList<FacetCount> ByValue(string facet) =>
            [.. buckets.GetValueOrDefault(facet, []).OrderBy(b => b.Value, StringComparer.Ordinal)];
        IReadOnlyList<FacetCount> ByPapers(string facet) =>
            [.. buckets.GetValueOrDefault(facet, []).OrderByDescending(b => b.Papers).ThenBy(b => b.Value, StringComparer.Ordinal)];
        return new PaperFacets(ByValue("year"), ByValue("month"), ByPapers("kind"), ByPapers("entity"), ByPapers("author"));
    }
}
