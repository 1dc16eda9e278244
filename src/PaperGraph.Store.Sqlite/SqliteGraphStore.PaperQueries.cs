using System.Text;
using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite.Papers;

namespace PaperGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<Page<Paper>> QueryPapersAsync(PaperQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var filter = new PaperFilterSql(query.Filter);
        var order = PaperOrderSql.For(query.OrderBy, filter.IsSearch);
        if (filter.MatchesNothing)
        {
            return Page<Paper>.Empty;
        }

        var rankedSearch = filter.IsSearchOnly && order == PaperOrderSql.Rank;
        if (rankedSearch && CommonWordSearch.IsCursor(query.After))
        {
            await using var commonConnection = await OpenAsync(cancellationToken);
            return await QueryCommonWordSearchAsync(commonConnection, filter.Search!, query, cancellationToken);
        }

        var conditions = filter.Conditions.ToList();
        if (query.After is not null)
        {
            conditions.Add(query.Backward ? order.Before : order.After);
        }

        // Built only from the fixed fragments of PaperFilterSql, PaperOrderSql and RankedSearchSql; values are parameters.
        var sql = rankedSearch
            ? RankedSearchSql.For(query.Backward, query.After is not null)
            : new StringBuilder("SELECT ").Append(PaperColumns).Append(", ").Append(order.SortKey).Append(" AS sort_key ")
                .Append(filter.From)
                .Append(conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions))
                .Append(" ORDER BY ").Append(query.Backward ? order.ReversedOrderBy : order.OrderBy).Append(" LIMIT @limit")
                .ToString();

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql);
        filter.AddParameters(command);
        command.Parameters.AddWithValue("@limit", query.First + 1);
        // A first page ranks at most the limit's worth of matches; a page after a rank cursor ranks them all (RankedSearchSql).
        var cap = rankedSearch && query.After is null ? _options.SearchRankLimit + 1L : -1L;
        if (rankedSearch)
        {
            command.Parameters.AddWithValue("@cap", cap);
        }

        if (query.After is not null)
        {
            AddAfter(command, order, query.After);
        }

        var items = new List<PageItem<Paper>>(Math.Min(query.First, 1_000));
        var hasNext = false;
        var overCap = false;
        using var interrupt = SqliteInterrupt.On(connection, cancellationToken);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (cap > 0 && reader.GetInt64(PaperColumnCount + 1) >= cap)
                {
                    overCap = true;
                    break;
                }

                if (items.Count == query.First)
                {
                    hasNext = true;
                    break;
                }

                var paper = ReadPaper(reader, 0);
                items.Add(new PageItem<Paper>(paper, CursorFor(order, reader, PaperColumnCount, paper.Id)));
            }
        }
        catch (SqliteException error) when (SqliteInterrupt.WasCancelled(error, cancellationToken))
        {
            throw new OperationCanceledException("The paper query was interrupted.", error, cancellationToken);
        }

        if (overCap)
        {
            return await QueryCommonWordSearchAsync(connection, filter.Search!, query, cancellationToken);
        }

        if (query.Backward)
        {
            // Read nearest-first from the cursor; the page is served in list order.
            items.Reverse();
        }

        return new Page<Paper>(items, hasNext);
    }

    /// <summary>A search-only page by relevance of a search matching more papers than <see cref="SqliteOptions.SearchRankLimit"/>.</summary>
    private static async Task<Page<Paper>> QueryCommonWordSearchAsync(
        SqliteConnection connection, string search, PaperQuery query, CancellationToken cancellationToken)
    {
        using var interrupt = SqliteInterrupt.On(connection, cancellationToken);
        try
        {
            var items = await CommonWordSearch.ReadAsync(connection, search, query.First + 1, query.After, query.Backward, cancellationToken);
            var hasNext = items.Count > query.First;
            if (hasNext)
            {
                items.RemoveAt(items.Count - 1);
            }

            if (query.Backward)
            {
                items.Reverse();
            }

            return new Page<Paper>(items, hasNext);
        }
        catch (SqliteException error) when (SqliteInterrupt.WasCancelled(error, cancellationToken))
        {
            throw new OperationCanceledException("The paper query was interrupted.", error, cancellationToken);
        }
    }

    public async Task<long> CountPapersAsync(PaperFilter filter, CancellationToken cancellationToken)
    {
        var sqlFilter = new PaperFilterSql(filter);
        if (sqlFilter.MatchesNothing)
        {
            return 0;
        }

        var sql = "SELECT COUNT(*) " + sqlFilter.CountFrom
            + (sqlFilter.Conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", sqlFilter.Conditions));
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql);
        sqlFilter.AddParameters(command);
        using var interrupt = SqliteInterrupt.On(connection, cancellationToken);
        try
        {
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (SqliteException error) when (SqliteInterrupt.WasCancelled(error, cancellationToken))
        {
            throw new OperationCanceledException("The paper count was interrupted.", error, cancellationToken);
        }
    }

    private static void AddAfter(SqliteCommand command, PaperOrderSql order, string after)
    {
        if (order == PaperOrderSql.Rank)
        {
            var (rank, id) = PageCursor.Decode<double>(after, order.List);
            command.Parameters.AddWithValue("@afterKey", rank);
            command.Parameters.AddWithValue("@afterId", id);
        }
        else if (order == PaperOrderSql.Title)
        {
            var (title, id) = PageCursor.Decode<string>(after, order.List);
            command.Parameters.AddWithValue("@afterKey", title);
            command.Parameters.AddWithValue("@afterId", id);
        }
        else
        {
            var (key, id) = PageCursor.Decode<long>(after, order.List);
            command.Parameters.AddWithValue("@afterKey", key);
            command.Parameters.AddWithValue("@afterId", id);
        }
    }

    private static string CursorFor(PaperOrderSql order, SqliteDataReader reader, int keyColumn, string id)
    {
        if (order == PaperOrderSql.Rank)
        {
            return PageCursor.Encode(order.List, reader.GetDouble(keyColumn), id);
        }

        return order == PaperOrderSql.Title
            ? PageCursor.Encode(order.List, reader.GetString(keyColumn), id)
            : PageCursor.Encode(order.List, reader.GetInt64(keyColumn), id);
    }
}
