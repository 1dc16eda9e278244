using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite.Papers;
using PaperGraph.Testing;
using static PaperGraph.Testing.Contract.TestData;
using static PaperGraph.Store.Sqlite.Tests.SearchAgreement;

namespace PaperGraph.Store.Sqlite.Tests;

/// <summary>
/// A search-only page by relevance is read from the full-text index first (<see cref="RankedSearchSql"/>); paged
/// forwards and backwards at every size, it lists exactly what the plain statement orders, groups of tied ranks
/// cut by page ends included, and its count is the plain join's count.
/// </summary>
public sealed class RankedSearchAgreementTests
{
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
        await store.UpsertPapersAsync([.. Corpus().Select((p, i) => Record(p, line: i + 1))], ct);
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
}
