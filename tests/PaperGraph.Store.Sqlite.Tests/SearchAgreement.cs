using Microsoft.Data.Sqlite;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite.Papers;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Store.Sqlite.Tests;

/// <summary>
/// What the search agreement tests compare the store's pages with: the plain full-text statements, run on their own
/// connection, and a corpus whose texts repeat word for word so that many papers tie and page ends cut through ties.
/// </summary>
internal static class SearchAgreement
{
    public const string PlainOrder = $"""
        SELECT p.id FROM papers_fts JOIN papers p ON p.pk = papers_fts.rowid
        WHERE papers_fts MATCH @search ORDER BY {PaperOrderSql.RankKey}, p.id
        """;

    public const string PlainCount = "SELECT COUNT(*) FROM papers_fts JOIN papers p ON p.pk = papers_fts.rowid WHERE papers_fts MATCH @search";

    /// <summary>Every page of <paramref name="size"/> through the cursors, in list order.</summary>
    public static async Task<List<string>> ReadAllAsync(IGraphStore store, PaperFilter filter, int size, bool backward)
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
    public static IEnumerable<Core.Graph.Paper> Corpus()
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

    public static async Task<List<T>> PlainAsync<T>(string database, string sql, string search, Func<SqliteDataReader, T> read)
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
