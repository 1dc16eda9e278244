using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite.Papers;
using PaperGraph.Testing;
using static PaperGraph.Testing.Contract.TestData;
using static PaperGraph.Store.Sqlite.Tests.SearchAgreement;

namespace PaperGraph.Store.Sqlite.Tests;

/// <summary>
/// A search matching more papers than <see cref="SqliteOptions.SearchRankLimit"/> is answered by
/// <see cref="CommonWordSearch"/> without bm25: the same papers as the ranked path, title hits first, each group
/// most recently added first; paged forwards and backwards at every size without overlap or gap. At or below the
/// limit the ranked order is unchanged, and a cursor keeps the order it was made in.
/// </summary>
public sealed class CommonWordSearchAgreementTests
{
    [Theory]
    [InlineData("widget")]
    [InlineData("widget gadget")]
    [InlineData("the gadget")]
    public async Task QueryPapers_MoreMatchesThanTheLimit_SamePapersTitleHitsFirstNewestFirst(string search)
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var database = temp.File("common.db");
        await using var store = await StoreAsync(database, rankLimit: 5, seed: true);
        var ranked = await PlainAsync(database, PlainOrder, FtsQuery.FromUserText(search)!, r => r.GetString(0));
        var filter = new PaperFilter { Search = search };
        var words = FtsQuery.FromUserText(search)!.Split(" AND ").Select(w => w.Trim('"')).ToArray();
        var titles = Corpus().ToDictionary(p => p.Id, p => p.Title);
        bool IsTitleHit(string id) => words.All(w => Words(titles[id]).Contains(w, StringComparer.OrdinalIgnoreCase));

        // Papers are added in id order, so most recently added first is id descending.
        var expected = ranked.Where(IsTitleHit).OrderByDescending(id => id, StringComparer.Ordinal)
            .Concat(ranked.Where(id => !IsTitleHit(id)).OrderByDescending(id => id, StringComparer.Ordinal)).ToList();

        Assert.True(ranked.Count > 10, $"only {ranked.Count} matches");
        Assert.Contains(ranked, IsTitleHit);
        Assert.Contains(ranked, id => !IsTitleHit(id));
        Assert.NotEqual(ranked, expected);
        for (var size = 1; size <= ranked.Count + 1; size++)
        {
            Assert.Equal(expected, await ReadAllAsync(store, filter, size, backward: false));
            Assert.Equal(expected, await ReadAllAsync(store, filter, size, backward: true));
        }

        Assert.Equal((await PlainAsync(database, PlainCount, FtsQuery.FromUserText(search)!, r => r.GetInt64(0)))[0], await store.CountPapersAsync(filter, ct));
    }

    [Theory]
    [InlineData("widget")]
    [InlineData("widget gadget")]
    public async Task QueryPapers_MatchesAtTheLimit_KeepTheRankedOrder(string search)
    {
        using var temp = new TempDirectory();
        var database = temp.File("ranked.db");
        await using (await StoreAsync(database, rankLimit: 10_000, seed: true))
        {
        }

        var ranked = await PlainAsync(database, PlainOrder, FtsQuery.FromUserText(search)!, r => r.GetString(0));
        await using var atLimit = await StoreAsync(database, rankLimit: ranked.Count, seed: false);
        await using var belowLimit = await StoreAsync(database, rankLimit: ranked.Count - 1, seed: false);
        var filter = new PaperFilter { Search = search };

        Assert.Equal(ranked, await ReadAllAsync(atLimit, filter, 4, backward: false));
        Assert.Equal(ranked, await ReadAllAsync(atLimit, filter, 4, backward: true));
        Assert.NotEqual(ranked, await ReadAllAsync(belowLimit, filter, 4, backward: false));
    }

    [Fact]
    public async Task QueryPapers_CursorOfTheOtherOrder_ContinuesInTheOrderItWasMadeIn()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var database = temp.File("cursor.db");
        await using var ranking = await StoreAsync(database, rankLimit: 10_000, seed: true);
        await using var common = await StoreAsync(database, rankLimit: 5, seed: false);
        var filter = new PaperFilter { Search = "widget" };
        var rankedAll = await ReadAllAsync(ranking, filter, 100, backward: false);
        var commonAll = await ReadAllAsync(common, filter, 100, backward: false);

        // As if papers added between two pages carried the match count across the limit, both ways.
        var rankedFirst = await ranking.QueryPapersAsync(new PaperQuery(filter, PaperOrder.Relevance, 3), ct);
        var rankedNext = await common.QueryPapersAsync(new PaperQuery(filter, PaperOrder.Relevance, 3, rankedFirst.Items[^1].Cursor), ct);
        var commonFirst = await common.QueryPapersAsync(new PaperQuery(filter, PaperOrder.Relevance, 3), ct);
        var commonNext = await ranking.QueryPapersAsync(new PaperQuery(filter, PaperOrder.Relevance, 3, commonFirst.Items[^1].Cursor), ct);

        Assert.Equal(rankedAll[3..6], [.. rankedNext.Items.Select(i => i.Node.Id)]);
        Assert.Equal(commonAll[3..6], [.. commonNext.Items.Select(i => i.Node.Id)]);
    }

    private static async Task<SqliteGraphStore> StoreAsync(string database, int rankLimit, bool seed)
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = database, SearchRankLimit = rankLimit }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(ct);
        if (seed)
        {
            await store.UpsertPapersAsync([.. Corpus().Select((p, i) => Record(p, line: i + 1))], ct);
        }

        return store;
    }

    private static string[] Words(string text) => text.Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries);
}
