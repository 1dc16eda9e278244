using PaperGraph.Core.Storage;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

/// <summary>Relay's <c>last</c>/<c>before</c>: reading a paper list backwards gives the forward list, page by page.</summary>
public abstract partial class GraphStoreContractTests
{
    [Theory]
    [InlineData(PaperOrder.Id, null)]
    [InlineData(PaperOrder.Relevance, "learning")]
    [InlineData(PaperOrder.Title, null)]
    [InlineData(PaperOrder.DateDesc, null)]
    [InlineData(PaperOrder.DateAsc, null)]
    public async Task QueryPapers_PagingBackwardsFromTheEnd_VisitsTheForwardListInReverse(PaperOrder order, string? search)
    {
        await Store.UpsertPapersAsync(PagingPapers().Select(p => Record(p)).ToList(), Ct);
        var filter = new PaperFilter { Search = search };
        var forward = (await Store.QueryPapersAsync(new PaperQuery(filter, order, 100), Ct)).Items.Select(i => i.Node.Id).ToList();

        var backward = new List<string>();
        string? before = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await Store.QueryPapersAsync(new PaperQuery(filter, order, 4, before) { Backward = true }, Ct);
            Assert.True(page.Items.Count <= 4);
            backward.InsertRange(0, page.Items.Select(i => i.Node.Id));
            if (!page.HasNextPage)
            {
                break;
            }

            Assert.Equal(4, page.Items.Count);
            before = page.Items[0].Cursor;
        }

        Assert.Equal(25, forward.Count);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task QueryPapers_BackwardsFromACursor_GivesTheItemsJustBeforeItInListOrder()
    {
        await Store.UpsertPapersAsync(PagingPapers().Select(p => Record(p)).ToList(), Ct);
        var all = (await Store.QueryPapersAsync(new PaperQuery(PaperFilter.None, PaperOrder.DateDesc, 100), Ct)).Items;

        var page = await Store.QueryPapersAsync(new PaperQuery(PaperFilter.None, PaperOrder.DateDesc, 3, all[10].Cursor) { Backward = true }, Ct);
        var start = await Store.QueryPapersAsync(new PaperQuery(PaperFilter.None, PaperOrder.DateDesc, 3, all[2].Cursor) { Backward = true }, Ct);

        Assert.Equal(all.Skip(7).Take(3).Select(i => i.Node.Id), page.Items.Select(i => i.Node.Id));
        Assert.Equal(all.Skip(7).Take(3).Select(i => i.Cursor), page.Items.Select(i => i.Cursor));
        Assert.True(page.HasNextPage);
        Assert.Equal(all.Take(2).Select(i => i.Node.Id), start.Items.Select(i => i.Node.Id));
        Assert.False(start.HasNextPage);
    }

    [Fact]
    public async Task QueryPapers_FirstZero_IsEmptyAndSaysMoreFollow()
    {
        await Store.UpsertPapersAsync(PagingPapers().Select(p => Record(p)).ToList(), Ct);

        var forward = await Store.QueryPapersAsync(new PaperQuery(PaperFilter.None, PaperOrder.Id, 0), Ct);
        var backward = await Store.QueryPapersAsync(new PaperQuery(PaperFilter.None, PaperOrder.Id, 0) { Backward = true }, Ct);
        var none = await Store.QueryPapersAsync(new PaperQuery(new PaperFilter { Year = 1990 }, PaperOrder.Id, 0), Ct);

        Assert.Empty(forward.Items);
        Assert.True(forward.HasNextPage);
        Assert.Empty(backward.Items);
        Assert.True(backward.HasNextPage);
        Assert.False(none.HasNextPage);
    }

    [Fact]
    public async Task QueryPapers_ACursorThatIsNotOne_IsRefusedAsAnArgument()
    {
        await Store.UpsertPapersAsync(PagingPapers().Select(p => Record(p)).ToList(), Ct);
        var title = (await Store.QueryPapersAsync(new PaperQuery(PaperFilter.None, PaperOrder.Title, 1), Ct)).EndCursor;

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.QueryPapersAsync(new PaperQuery(PaperFilter.None, PaperOrder.Id, 2, "bogus!"), Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.QueryPapersAsync(new PaperQuery(PaperFilter.None, PaperOrder.DateAsc, 2, title) { Backward = true }, Ct));
    }

    [Fact]
    public async Task QueryEntities_PagingBackwards_VisitsTheForwardListInReverse()
    {
        // Shared names, so the id breaks ties in both directions.
        var entities = Enumerable.Range(0, 13).Select(i => Entity($"test:e{(i * 7) % 13:D2}", $"Name {(char)('A' + (i % 4))}")).ToList();
        await Store.UpsertEntitiesAsync(entities, Ct);
        var forward = (await Store.QueryEntitiesAsync(new EntityQuery(null, null, 100), Ct)).Items.Select(i => i.Node.Id).ToList();

        var backward = new List<string>();
        string? before = null;
        Page<Core.Graph.Entity> page;
        do
        {
            page = await Store.QueryEntitiesAsync(new EntityQuery(null, null, 3, before) { Backward = true }, Ct);
            backward.InsertRange(0, page.Items.Select(i => i.Node.Id));
            before = page.Items.Count > 0 ? page.Items[0].Cursor : null;
        }
        while (page.HasNextPage);

        Assert.Equal(13, forward.Count);
        Assert.Equal(forward, backward);
    }
}
