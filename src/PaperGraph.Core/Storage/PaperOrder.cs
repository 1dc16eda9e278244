namespace PaperGraph.Core.Storage;

/// <summary>Orders for paper lists. Every order ends with the paper id, so paging is total and stable.</summary>
public enum PaperOrder
{
    /// <summary>Full-text rank when searching, else the same as <see cref="Id"/>.</summary>
    Relevance,
    DateDesc,
    DateAsc,
    Title,
    Id,
}
