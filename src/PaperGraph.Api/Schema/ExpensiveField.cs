namespace PaperGraph.Api.Schema;

/// <summary>
/// Complexity weights of fields that run a search rather than a batched read, so that asking for them on
/// every item of a long list trips <c>MaxComplexity</c> (a plain field weighs 1).
/// </summary>
internal static class ExpensiveField
{
    /// <summary>One links read, one entity-frequency read and up to one page per mentioned entity.</summary>
    public const double RelatedPapers = 1_000;

    /// <summary>Facet counts: one grouped read over every selected paper.</summary>
    public const double Facets = 100;

    /// <summary>A breadth-first search: a few batched reads per hop.</summary>
    public const double GraphSearch = 2_000;
}
