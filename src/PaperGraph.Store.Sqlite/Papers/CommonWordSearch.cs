using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Sqlite.Papers;

/// <summary>
/// A search-only page by relevance for a search that matches more papers than <see cref="SqliteOptions.SearchRankLimit"/>:
/// papers whose title holds every word first, then the other matches, each group most recently added first (row id
/// descending). FTS5 has no top-k ranking: bm25 scores every match before a page can be cut — for <c>models</c>,
/// 47,470 of the 74,728 papers of the full corpus, 40–70 ms of CPU and several times that in wall time on a busy
/// machine. Both groups are read straight off the full-text index in row id order, so a page costs its rows, whatever
/// the number of matches.
/// </summary>
/// <remarks>
/// The page lists the same papers as the ranked path, in another order. Which path answers is chosen on the first page
/// (no cursor) by the ranked statement, which scores at most the limit + 1 matches (<see cref="RankedSearchSql"/>): the
/// cost of finding out is bounded by the limit. A later page follows its cursor's list, so paging stays in one order
/// even when papers added in between carry the count across the limit. The cursor's key is the group and row id of
/// the last item; the order is total, so pages neither overlap nor skip.
/// </remarks>
internal static class CommonWordSearch
{
    /// <summary>The cursor list of this order; a cursor of <see cref="PageCursor.PapersByRank"/> stays on the ranked path.</summary>
    public const string List = PageCursor.PapersByRankCommon;

    // @bound is the cursor's row id in its own group, and past every row id in the groups after it.
    private const string Forward = $"""
        SELECT {SqliteGraphStore.PaperColumns}, f.pk FROM (
            SELECT rowid AS pk FROM papers_fts WHERE papers_fts MATCH @group AND rowid < @bound ORDER BY rowid DESC LIMIT @limit) f
        JOIN papers p ON p.pk = f.pk ORDER BY f.pk DESC
        """;

    private const string Backward = $"""
        SELECT {SqliteGraphStore.PaperColumns}, f.pk FROM (
            SELECT rowid AS pk FROM papers_fts WHERE papers_fts MATCH @group AND rowid > @bound ORDER BY rowid LIMIT @limit) f
        JOIN papers p ON p.pk = f.pk ORDER BY f.pk
        """;

    /// <summary>Whether the cursor was made by this order (any other cursor, or a broken one, is not).</summary>
    public static bool IsCursor(string? after) => PageCursor.IsOf<long[]>(after, List);

    /// <summary>
    /// Up to <paramref name="limit"/> papers after (or, backward, before) the cursor, nearest first, with their cursors:
    /// the groups are read one after the other until the page is full.
    /// </summary>
    public static async Task<List<PageItem<Paper>>> ReadAsync(
        SqliteConnection connection, string search, int limit, string? after, bool backward, CancellationToken cancellationToken)
    {
        // Every word in the title, then every word but not all in the title. The words are quoted tokens of letters
        // and digits (FtsQuery), so wrapping them adds no syntax of the user's.
        string[] groups = [$"title : ({search})", $"({search}) NOT title : ({search})"];
        var (startGroup, startPk) = after is null ? (backward ? groups.Length - 1 : 0, (long?)null) : Decode(after, groups.Length);
        var items = new List<PageItem<Paper>>();
        var step = backward ? -1 : 1;
        for (var group = startGroup; group >= 0 && group < groups.Length && items.Count < limit; group += step)
        {
            var bound = group == startGroup && startPk is { } pk ? pk : backward ? long.MinValue : long.MaxValue;
            await using var command = new SqliteCommand(backward ? Backward : Forward, connection);
            command.Parameters.AddWithValue("@group", groups[group]);
            command.Parameters.AddWithValue("@bound", bound);
            command.Parameters.AddWithValue("@limit", limit - items.Count);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var paper = SqliteGraphStore.ReadPaper(reader, 0);
                items.Add(new PageItem<Paper>(paper, PageCursor.Encode(List, new[] { group, reader.GetInt64(SqliteGraphStore.PaperColumnCount) }, paper.Id)));
            }
        }

        return items;
    }

    private static (int Group, long? Pk) Decode(string after, int groupCount)
    {
        var (key, _) = PageCursor.Decode<long[]>(after, List);
        return key is [var group, var pk] && group >= 0 && group < groupCount
            ? ((int)group, pk)
            : throw new ArgumentException("The cursor is not one this list made.", nameof(after));
    }
}
