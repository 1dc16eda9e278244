using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Sqlite.Papers;

/// <summary>
/// How one paper order sorts and resumes: the sort key it selects, its ORDER BY (always ending with the
/// id, so the order is total), the keyset condition that starts just after a cursor's item, and the
/// reversed ORDER BY and condition that read backwards from just before it (for <c>last</c>/<c>before</c>).
/// </summary>
internal sealed record PaperOrderSql(string List, string SortKey, string OrderBy, string After, string ReversedOrderBy, string Before)
{
    /// <summary>Full-text rank, best first: a title hit counts four times an abstract hit.</summary>
    public const string RankKey = "bm25(papers_fts, 4.0, 1.0)";

    public static readonly PaperOrderSql Id = new(PageCursor.PapersById, "0", "p.id", "p.id > @afterId", "p.id DESC", "p.id < @afterId");

    public static readonly PaperOrderSql Rank = new(
        PageCursor.PapersByRank,
        RankKey,
        "sort_key, p.id",
        "(sort_key > @afterKey OR (sort_key = @afterKey AND p.id > @afterId))",
        "sort_key DESC, p.id DESC",
        "(sort_key < @afterKey OR (sort_key = @afterKey AND p.id < @afterId))");

    public static readonly PaperOrderSql DateDesc = new(
        PageCursor.PapersByDateDesc,
        "p.date_key",
        "p.date_key DESC, p.id",
        "(p.date_key < @afterKey OR (p.date_key = @afterKey AND p.id > @afterId))",
        "p.date_key, p.id DESC",
        "(p.date_key > @afterKey OR (p.date_key = @afterKey AND p.id < @afterId))");

    public static readonly PaperOrderSql DateAsc = new(
        PageCursor.PapersByDateAsc, "p.date_key", "p.date_key, p.id", "(p.date_key, p.id) > (@afterKey, @afterId)",
        "p.date_key DESC, p.id DESC", "(p.date_key, p.id) < (@afterKey, @afterId)");

    public static readonly PaperOrderSql Title = new(
        PageCursor.PapersByTitle, "p.title", "p.title, p.id", "(p.title, p.id) > (@afterKey, @afterId)",
        "p.title DESC, p.id DESC", "(p.title, p.id) < (@afterKey, @afterId)");

    public static PaperOrderSql For(PaperOrder order, bool isSearch) => PageCursor.PaperList(order, isSearch) switch
    {
        PageCursor.PapersByRank => Rank,
        PageCursor.PapersByDateDesc => DateDesc,
        PageCursor.PapersByDateAsc => DateAsc,
        PageCursor.PapersByTitle => Title,
        _ => Id,
    };
}
