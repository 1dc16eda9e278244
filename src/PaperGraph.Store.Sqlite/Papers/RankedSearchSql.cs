namespace PaperGraph.Store.Sqlite.Papers;

/// <summary>
/// A page of a search by relevance whose only condition is the search, read from the full-text index first: the
/// plain statement joins every match to its paper row (abstract included) and sorts them all, which for a word in
/// half the corpus ("model": 38,000 papers) took 300–500 ms; this one ranks the matches' row ids alone and reads the
/// rows of just the page, 55–90 ms on the same machine.
/// </summary>
/// <remarks>
/// The same order as the plain statement (rank, then paper id), ties included: <c>cut</c> is the rank of the
/// <c>@limit</c>-th match past the cursor, and every match ranked no worse than it is read — a page can only hold
/// matches ranked up to there, and papers tied with it are all there to be ordered by id. With a cursor, matches
/// tied with the cursor's rank are read too (the id condition picks those after it).
/// <para>
/// <c>@cap</c> bounds the matches scored (-1: all). A first page scores at most <see cref="SqliteOptions.SearchRankLimit"/>
/// + 1 and returns how many it scored (<c>matched</c>, on every row): fewer than the cap means every match was ranked
/// and the page is exact; the cap reached means the search is for <see cref="CommonWordSearch"/>, found in the same
/// pass over the index that ranks the other searches. A page after a rank cursor ranks every match, so a list begun
/// ranked stays ranked.
/// </para>
/// </remarks>
internal static class RankedSearchSql
{
    private const string Forward = $"""
        WITH m AS MATERIALIZED (
            SELECT rowid AS pk, {PaperOrderSql.RankKey} AS sort_key FROM papers_fts WHERE papers_fts MATCH @search LIMIT @cap),
        cut AS (SELECT sort_key FROM m ORDER BY sort_key LIMIT 1 OFFSET @limit - 1)
        SELECT {SqliteGraphStore.PaperColumns}, m.sort_key AS sort_key, (SELECT COUNT(*) FROM m) AS matched FROM m JOIN papers p ON p.pk = m.pk
        WHERE (NOT EXISTS (SELECT 1 FROM cut) OR m.sort_key <= (SELECT sort_key FROM cut))
        ORDER BY sort_key, p.id LIMIT @limit
        """;

    private const string ForwardAfter = $"""
        WITH m AS MATERIALIZED (
            SELECT rowid AS pk, {PaperOrderSql.RankKey} AS sort_key FROM papers_fts WHERE papers_fts MATCH @search LIMIT @cap),
        cut AS (SELECT sort_key FROM m WHERE sort_key > @afterKey ORDER BY sort_key LIMIT 1 OFFSET @limit - 1)
        SELECT {SqliteGraphStore.PaperColumns}, m.sort_key AS sort_key, (SELECT COUNT(*) FROM m) AS matched FROM m JOIN papers p ON p.pk = m.pk
        WHERE m.sort_key >= @afterKey
          AND (NOT EXISTS (SELECT 1 FROM cut) OR m.sort_key <= (SELECT sort_key FROM cut))
          AND (m.sort_key > @afterKey OR p.id > @afterId)
        ORDER BY sort_key, p.id LIMIT @limit
        """;

    private const string Backward = $"""
        WITH m AS MATERIALIZED (
            SELECT rowid AS pk, {PaperOrderSql.RankKey} AS sort_key FROM papers_fts WHERE papers_fts MATCH @search LIMIT @cap),
        cut AS (SELECT sort_key FROM m ORDER BY sort_key DESC LIMIT 1 OFFSET @limit - 1)
        SELECT {SqliteGraphStore.PaperColumns}, m.sort_key AS sort_key, (SELECT COUNT(*) FROM m) AS matched FROM m JOIN papers p ON p.pk = m.pk
        WHERE (NOT EXISTS (SELECT 1 FROM cut) OR m.sort_key >= (SELECT sort_key FROM cut))
        ORDER BY sort_key DESC, p.id DESC LIMIT @limit
        """;

    private const string BackwardBefore = $"""
        WITH m AS MATERIALIZED (
            SELECT rowid AS pk, {PaperOrderSql.RankKey} AS sort_key FROM papers_fts WHERE papers_fts MATCH @search LIMIT @cap),
        cut AS (SELECT sort_key FROM m WHERE sort_key < @afterKey ORDER BY sort_key DESC LIMIT 1 OFFSET @limit - 1)
        SELECT {SqliteGraphStore.PaperColumns}, m.sort_key AS sort_key, (SELECT COUNT(*) FROM m) AS matched FROM m JOIN papers p ON p.pk = m.pk
        WHERE m.sort_key <= @afterKey
          AND (NOT EXISTS (SELECT 1 FROM cut) OR m.sort_key >= (SELECT sort_key FROM cut))
          AND (m.sort_key < @afterKey OR p.id < @afterId)
        ORDER BY sort_key DESC, p.id DESC LIMIT @limit
        """;

    public static string For(bool backward, bool hasCursor) => (backward, hasCursor) switch
    {
        (false, false) => Forward,
        (false, true) => ForwardAfter,
        (true, false) => Backward,
        (true, true) => BackwardBefore,
    };
}
