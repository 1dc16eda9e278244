using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite.Papers;
using PaperGraph.Testing;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Store.Sqlite.Tests;

/// <summary>
/// A search-only page by relevance is read from the full-text index first (<see cref="RankedSearchSql"/>); paged
/// forwards and backwards at every size, it lists exactly what the plain statement orders, groups of tied ranks
/// cut by page ends included, and its count is the plain join's count.
/// </summary>
public sealed class RankedSearchAgreementTests
{
    private const string PlainOrder = $"""
        SELECT p.id FROM papers_fts JOIN papers p ON p.pk = papers_fts.rowid
        WHERE papers_fts MATCH @search ORDER BY {PaperOrderSql.RankKey}, p.id
        """;

    private const string PlainCount = "SELECT COUNT(*) FROM papers_fts JOIN papers p ON p.pk = papers_fts.rowid WHERE papers_fts MATCH @search";

    [Theory]
    [InlineData("widget")]
    [InlineData("widget gadget")]
    [InlineData("the gadget")]
    public async Task QueryPapers_SearchOnlyByRank_PagesInBothDirectionsEqualThePlainOrder(string search)
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var database = temp.File("rank.db");
        await using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = database }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(ct);
        await store.UpsertPapersAsync([.. Papers().Select((p, i) => Record(p, line: i + 1))], ct);
        var expected = await PlainAsync(database, PlainOrder, FtsQuery.FromUserText(search)!, r => r.GetString(0));
        var filter = new PaperFilter { Search = search };

        Assert.True(expected.Count > 10, $"only {expected.Count} matches");
        for (var size = 1; size <= expected.Count + 1; size++)
        {
            Assert.Equal(expected, await ReadAllAsync(store, filter, size, backward: false));
            Assert.Equal(expected, await ReadAllAsync(store, filter, size, backward: true));
        }

        Assert.Equal((await PlainAsync(database, PlainCount, FtsQuery.FromUserText(search)!, r => r.GetInt64(0)))[0], await store.CountPapersAsync(filter, ct));
    }

    /// <summary>Every page of <paramref name="size"/> through the cursors, in list order.</summary>
    private static async Task<List<string>> ReadAllAsync(IGraphStore store, PaperFilter filter, int size, bool backward)
    {
        var pages = new List<IReadOnlyList<string>>();
        string? cursor = null;
        while (true)
        {
            var page = await store.QueryPapersAsync(new PaperQuery(filter, PaperOrder.Relevance, size, cursor) { Backward = backward }, TestContext.Current.CancellationToken);
            pages.Add([.. page.Items.Select(i => i.Node.Id)]);
            if (!page.HasNextPage)
            {
                break;
            }

            cursor = backward ? page.Items[0].Cursor : page.Items[^1].Cursor;
        }

        if (backward)
        {
            pages.Reverse();
        }

        return [.. pages.SelectMany(p => p)];
    }

    /// <summary>Texts repeated word for word, so many papers share one rank and page ends cut through the ties.</summary>
    private static IEnumerable<Core.Graph.Paper> Papers()
    {
        string[] titles = ["Widget", "Widget gadget", "Gadget theory", "On widgets and gadgets", "Widget widget gadget"];
        string[] abstracts = ["We study the widget.", "A gadget and a widget.", "The widget is a gadget of widgets.", "Nothing here.", "Gadget."];
        var n = 0;
        foreach (var title in titles)
        {
            foreach (var text in abstracts)
            {
                for (var copy = 0; copy < 3; copy++)
                {
                    yield return Paper($"p{n++:D3}", title, text);
                }
            }
        }
    }

    private static async Task<List<T>> PlainAsync<T>(string database, string sql, string search, Func<SqliteDataReader, T> read)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new SqliteCommand(sql, connection);
        command.Parameters.AddWithValue("@search", search);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
