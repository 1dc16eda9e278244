using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Samples;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Tests.Server;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;
using PaperGraph.Testing.Contract;
using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Store.Neo4j.Tests.CrossStore;

/// <summary>
/// Search ranks alike on both stores: the sample corpus ingested into a fresh SQLite file and into the emptied test
/// Neo4j gives, for every query drawn from its titles, the same papers in the same order with the same bm25 score
/// (SQLite's own FTS5 figure, which the Neo4j store computes from the statistics it keeps), and, with the rank limit
/// lowered on both, the same common-word order page after page, forward and backward.
/// </summary>
public sealed class IdenticalSearchTests(Neo4jServer server)
{
    private const int PageSize = 10;
    private const int LoweredRankLimit = 25;

    [Fact]
    public async Task QueryPapers_SameCorpusInEachStore_RanksEveryQueryAlike()
    {
        server.RequireReachable();
        var ct = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        var path = temp.File("papergraph.db");
        await using var sqlite = new SqliteGraphStore(new SqliteOptions { DatabasePath = path }, NullLogger<SqliteGraphStore>.Instance);
        await sqlite.InitializeAsync(ct);
        await IngestSamplesAsync(sqlite, ct);
        using var host = new StoreHost(server.Url);
        await host.ClearDatabaseAsync(ct);
        await host.Store.InitializeAsync(ct);
        await IngestSamplesAsync(host.Store, ct);

        var queries = await QueriesAsync(sqlite, ct);
        var ranked = 0;
        var narrowed = 0;
        foreach (var query in queries)
        {
            var filter = new PaperFilter { Search = query };
            var fromSqlite = await SamePageAsync(sqlite, host.Store, new PaperQuery(filter, PaperOrder.Relevance, PageSize), ct);
            var count = await sqlite.CountPapersAsync(filter, ct);
            Assert.Equal(count, await host.Store.CountPapersAsync(filter, ct));
            Assert.True(fromSqlite.TotalCount is null || fromSqlite.TotalCount == count, $"\"{query}\": SQLite's page says {fromSqlite.TotalCount} matches");

            // The next page (read with a cursor, not counted) and the search narrowed to 2024 (the filtered statement)
            // rank alike too.
            if (fromSqlite.HasNextPage)
            {
                await SamePageAsync(sqlite, host.Store, new PaperQuery(filter, PaperOrder.Relevance, PageSize, fromSqlite.Items[^1].Cursor), ct);
            }

            narrowed += (await SamePageAsync(sqlite, host.Store, new PaperQuery(filter with { Year = 2024 }, PaperOrder.Relevance, PageSize), ct)).Items.Count > 1 ? 1 : 0;

            ranked += fromSqlite.Items.Count > 1 ? 1 : 0;
        }

        Assert.True(ranked >= queries.Count * 3 / 4, $"Only {ranked} of {queries.Count} queries found more than one paper: the comparison says little.");
        Assert.True(narrowed >= queries.Count / 2, $"Only {narrowed} of {queries.Count} queries narrowed to 2024 found more than one paper.");

        // The common-word order: every query matching more papers than the lowered limit, walked to its end and back.
        await using var sqliteLowered = new SqliteGraphStore(new SqliteOptions { DatabasePath = path, SearchRankLimit = LoweredRankLimit }, NullLogger<SqliteGraphStore>.Instance);
        using var hostLowered = new StoreHost(server.Url, new Dictionary<string, string?> { ["SearchRankLimit"] = LoweredRankLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var walked = 0;
        foreach (var query in queries)
        {
            var filter = new PaperFilter { Search = query };
            if (await sqlite.CountPapersAsync(filter, ct) <= LoweredRankLimit)
            {
                continue;
            }

            foreach (var backward in new[] { false, true })
            {
                var fromSqlite = await WalkAsync(sqliteLowered, filter, backward, ct);
                var fromNeo4j = await WalkAsync(hostLowered.Store, filter, backward, ct);
                Assert.True(fromSqlite.SequenceEqual(fromNeo4j), $"\"{query}\" {(backward ? "backward" : "forward")}: the lists part at item {fromSqlite.Zip(fromNeo4j).TakeWhile(pair => pair.First == pair.Second).Count()}");
            }

            walked++;
        }

        Assert.True(walked >= 3, $"Only {walked} queries matched more than {LoweredRankLimit} papers.");
    }

    // The sample pages carry no dates: two papers in three get a 2024 one (the same on both stores), so a year filter
    // keeps many.
    private static async Task IngestSamplesAsync(IGraphStore store, CancellationToken ct)
    {
        var sources = SampleCorpus.FileNames.Select(name => new IngestionSource(name, () => SampleCorpus.Open(name))).ToList();
        await new IngestionPipeline(store, TimeProvider.System, NullLogger<IngestionPipeline>.Instance)
            .RunAsync(sources, new IngestionOptions { BatchSize = 100 }, progress: null, ct);
        var ids = new List<string>();
        await foreach (var id in store.StreamPaperIdsAsync(ct))
        {
            ids.Add(id);
        }

        var papers = await store.GetPapersAsync(ids, ct);
        var dated = ids.Where((_, i) => i % 3 != 0)
            .Select((id, i) => TestData.Record(papers[id] with { Date = new ListingDate(2024, 1 + (i % 12), 1) }))
            .ToList();
        await store.UpsertPapersAsync(dated, ct);
    }

    /// <summary>
    /// The 30 words most titles hold, 15 pairs of them, 10 words in three titles, and searches made of words the Neo4j
    /// word index leaves out (so answered without it).
    /// </summary>
    private static async Task<IReadOnlyList<string>> QueriesAsync(IGraphStore store, CancellationToken ct)
    {
        var titles = new List<string>();
        await foreach (var id in store.StreamPaperIdsAsync(ct))
        {
            titles.Add(id);
        }

        var papers = await store.GetPapersAsync(titles, ct);
        var byTitles = papers.Values
            .SelectMany(paper => SearchTerms.Of(paper.Title.ToLowerInvariant().Split(' ', ',', ':', '.', '(', ')', '?').Where(word => word.Length > 1 && word.All(char.IsLetterOrDigit)).Distinct()))
            .GroupBy(word => word).Select(group => (Word: group.Key, Titles: group.Count()))
            .OrderByDescending(word => word.Titles).ThenBy(word => word.Word, StringComparer.Ordinal)
            .ToList();
        var common = byTitles.Take(30).Select(word => word.Word).ToList();
        return
        [
            .. common,
            .. Enumerable.Range(0, 15).Select(i => $"{common[i]} {common[(i * 7 + 3) % common.Count]}"),
            .. byTitles.Where(word => word.Titles == 3).Take(10).Select(word => word.Word),
            "novel approach", "method", "results show", "using",
        ];
    }

    private static async Task<List<string>> WalkAsync(IGraphStore store, PaperFilter filter, bool backward, CancellationToken ct)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var query = new PaperQuery(filter, PaperOrder.Relevance, PageSize, cursor) { Backward = backward };
            var page = await store.QueryPapersAsync(query, ct);
            var items = backward ? page.Items.Reverse() : page.Items;
            ids.AddRange(items.Select(item => item.Node.Id));
            cursor = page.HasNextPage ? (backward ? page.Items[0].Cursor : page.Items[^1].Cursor) : null;
        }
        while (cursor is not null && ids.Count < 1_000);

        return ids;
    }

    /// <summary>
    /// The same papers in the same order, the same next-page flag, the same bm25 scores (within 1e-9) and, where Neo4j's
    /// page carries a total, the same total as SQLite's count; returns SQLite's page.
    /// </summary>
    private static async Task<Page<Paper>> SamePageAsync(IGraphStore sqlite, IGraphStore neo4j, PaperQuery query, CancellationToken ct)
    {
        var fromSqlite = await sqlite.QueryPapersAsync(query, ct);
        var fromNeo4j = await neo4j.QueryPapersAsync(query with { After = query.After is null ? null : await NeoCursorAsync() }, ct);
        var label = $"\"{query.Filter.Search}\"{(query.Filter.Year is null ? "" : " in " + query.Filter.Year)}{(query.After is null ? "" : ", next page")}";
        Assert.True(Ids(fromSqlite).SequenceEqual(Ids(fromNeo4j)), $"{label}: SQLite {string.Join(", ", Ids(fromSqlite))}\n  Neo4j {string.Join(", ", Ids(fromNeo4j))}");
        Assert.Equal(fromSqlite.HasNextPage, fromNeo4j.HasNextPage);
        foreach (var (left, right) in fromSqlite.Items.Zip(fromNeo4j.Items))
        {
            var (sqliteScore, neo4jScore) = (PageCursor.Decode<double>(left.Cursor, PageCursor.PapersByRank).Key, PageCursor.Decode<double>(right.Cursor, PageCursor.PapersByRank).Key);
            Assert.True(Math.Abs(sqliteScore - neo4jScore) <= 1e-9 * Math.Max(1, Math.Abs(sqliteScore)), $"{label}, {left.Node.Id}: bm25 {sqliteScore} on SQLite, {neo4jScore} on Neo4j");
        }

        if (fromNeo4j.TotalCount is { } total)
        {
            Assert.Equal(await sqlite.CountPapersAsync(query.Filter, ct), total);
        }

        return fromSqlite;

        // Each store's cursor is its own: Neo4j's next page starts after its own first page's last item.
        async Task<string?> NeoCursorAsync() => (await neo4j.QueryPapersAsync(query with { After = null }, ct)).Items[^1].Cursor;
    }

    private static IEnumerable<string> Ids(Page<Paper> page) => page.Items.Select(item => item.Node.Id);
}
