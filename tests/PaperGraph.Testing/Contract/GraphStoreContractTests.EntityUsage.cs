using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

public abstract partial class GraphStoreContractTests
{
    [Theory]
    [InlineData(2, false, true)]
    [InlineData(2, true, true)]
    [InlineData(3, true, false)]
    [InlineData(50, false, false)]
    [InlineData(0, false, true)]
    public async Task GetEntityUsage_EveryPage_EqualsTheSeparateReads(int first, bool withDates, bool withCount)
    {
        await SeedNewestMentioningAsync();
        ListingDate? from = withDates ? Date(2024, 1, 1) : null;
        ListingDate? to = withDates ? Date(2025, 3, 31) : null;

        foreach (var entityId in NewestEntities.Append("e:missing"))
        {
            string? after = null;
            var pages = 0;
            do
            {
                var query = new EntityUsageQuery(entityId, first, after, from, to);
                var usage = await Store.GetEntityUsageAsync(query, withCount, Ct);

                var ids = await Store.GetPaperIdsMentioningAsync(query, Ct);
                Assert.Equal(ids.Items.Select(i => (i.Node, i.Cursor)), usage.PaperIds.Items.Select(i => (i.Node, i.Cursor)));
                Assert.Equal(ids.HasNextPage, usage.PaperIds.HasNextPage);
                var papers = await Store.GetPapersAsync([.. ids.Items.Select(i => i.Node)], Ct);
                Assert.Equal(papers.Keys.Order(StringComparer.Ordinal), usage.Papers.Keys.Order(StringComparer.Ordinal));
                Assert.All(usage.Papers, pair => Assert.True(papers[pair.Key].SameContentAs(pair.Value)));
                var filter = new PaperFilter { MentionsEntityIds = [entityId], DateFrom = from, DateTo = to };
                Assert.Equal(withCount ? await Store.CountPapersAsync(filter, Ct) : null, usage.TotalCount);

                after = first > 0 && ids.HasNextPage ? ids.EndCursor : null;
                pages++;
            }
            while (after is not null && pages < 10);
        }
    }

    [Fact]
    public async Task GetEntityUsage_FirstPageWithCount_NewestFirstAndTheWholeCount()
    {
        await SeedNewestMentioningAsync();

        var usage = await Store.GetEntityUsageAsync(new EntityUsageQuery("e:hub", 3), withCount: true, Ct);

        Assert.Equal(["title:nm5", "title:nm2", "title:nm3"], usage.PaperIds.Items.Select(i => i.Node));
        Assert.True(usage.PaperIds.HasNextPage);
        Assert.Equal("NM5", usage.Papers["title:nm5"].Title);
        Assert.Equal(7, usage.TotalCount);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetEntityUsageAsync(new EntityUsageQuery("e:hub", 3, "not-a-cursor"), withCount: true, Ct));
    }
}
