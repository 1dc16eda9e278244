using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

public abstract partial class GraphStoreContractTests
{
    /// <summary>25 papers with shared dates, shared titles, year-less dates and no dates, in a scrambled id order.</summary>
    private static List<Paper> PagingPapers() => Enumerable.Range(0, 25).Select(i =>
    {
        var n = (i * 11) % 25;
        ListingDate? date = (n % 6) switch
        {
            0 => null,
            1 => new ListingDate(null, 3, 1 + (n % 5)),
            _ => Date(2023 + (n % 3), 1 + (n % 4), 1 + (n % 2)),
        };
        var title = $"Title {(char)('A' + (n % 7))}";
        return Paper($"title:p{n:D2}", title, $"Paging abstract number {n} about learning.", date);
    }).ToList();

    private async Task<List<PageItem<Paper>>> PageAllAsync(PaperFilter filter, PaperOrder order, int first)
    {
        var items = new List<PageItem<Paper>>();
        string? after = null;
        for (var pages = 0; pages < 1000; pages++)
        {
            var page = await Store.QueryPapersAsync(new PaperQuery(filter, order, first, after), Ct);
            Assert.True(page.Items.Count <= first, $"page of {page.Items.Count} > first {first}");
            if (page.HasNextPage)
            {
                Assert.Equal(first, page.Items.Count);
            }

            items.AddRange(page.Items);
            if (!page.HasNextPage)
            {
                return items;
            }

            after = page.EndCursor;
        }

        throw new InvalidOperationException("Paging did not end.");
    }

    private static int CompareDates(Paper a, Paper b) =>
        (a.Date!.Value.Year!.Value, a.Date.Value.Month, a.Date.Value.Day).CompareTo((b.Date!.Value.Year!.Value, b.Date.Value.Month, b.Date.Value.Day));

    [Theory]
    [InlineData(PaperOrder.Id)]
    [InlineData(PaperOrder.Relevance)]
    [InlineData(PaperOrder.Title)]
    [InlineData(PaperOrder.DateDesc)]
    [InlineData(PaperOrder.DateAsc)]
    public async Task QueryPapers_PagingThroughEveryOrder_VisitsEachPaperOnceInOrder(PaperOrder order)
    {
        var papers = PagingPapers();
        await Store.UpsertPapersAsync(papers.Select(p => Record(p)).ToList(), Ct);

        var paged = (await PageAllAsync(PaperFilter.None, order, 4)).Select(i => i.Node).ToList();
        var single = await Store.QueryPapersAsync(new PaperQuery(PaperFilter.None, order, 100), Ct);

        Assert.Equal(papers.Select(p => p.Id).Order(StringComparer.Ordinal), paged.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(single.Items.Select(i => i.Node.Id), paged.Select(p => p.Id));
        Assert.False(single.HasNextPage);
        Assert.Equal(25, await Store.CountPapersAsync(PaperFilter.None, Ct));
        var dated = paged.Where(p => p.Date?.Year is not null).ToList();
        for (var i = 1; i < paged.Count; i++)
        {
            var (a, b) = (paged[i - 1], paged[i]);
            switch (order)
            {
                case PaperOrder.Id or PaperOrder.Relevance:
                    Assert.True(string.CompareOrdinal(a.Id, b.Id) < 0, $"{a.Id} before {b.Id}");
                    break;
                case PaperOrder.Title:
                    var byTitle = string.CompareOrdinal(a.Title, b.Title);
                    Assert.True(byTitle < 0 || (byTitle == 0 && string.CompareOrdinal(a.Id, b.Id) < 0), $"{a.Id} before {b.Id}");
                    break;
            }
        }

        if (order is PaperOrder.DateAsc or PaperOrder.DateDesc)
        {
            Assert.True(dated.Count >= 10);
            for (var i = 1; i < dated.Count; i++)
            {
                var (a, b) = (dated[i - 1], dated[i]);
                var byDate = order == PaperOrder.DateDesc ? CompareDates(b, a) : CompareDates(a, b);
                Assert.True(byDate < 0 || (byDate == 0 && string.CompareOrdinal(a.Id, b.Id) < 0), $"{a.Id} ({a.Date}) before {b.Id} ({b.Date})");
            }
        }
    }

    [Theory]
    [InlineData(PaperOrder.Relevance)]
    [InlineData(PaperOrder.Title)]
    [InlineData(PaperOrder.DateDesc)]
    public async Task QueryPapers_AfterAnItemsCursor_ContinuesJustAfterIt(PaperOrder order)
    {
        await Store.UpsertPapersAsync(PagingPapers().Select(p => Record(p)).ToList(), Ct);
        var filter = new PaperFilter { Search = "learning" };
        var all = (await Store.QueryPapersAsync(new PaperQuery(filter, order, 100), Ct)).Items;

        var rest = await Store.QueryPapersAsync(new PaperQuery(filter, order, 100, all[9].Cursor), Ct);
        var paged = await PageAllAsync(filter, order, 3);

        Assert.Equal(25, all.Count);
        Assert.Equal(all.Skip(10).Select(i => i.Node.Id), rest.Items.Select(i => i.Node.Id));
        Assert.Equal(all.Select(i => i.Node.Id), paged.Select(i => i.Node.Id));
    }

    [Fact]
    public async Task QueryPapers_FirstLargerThanAll_ReturnsEverythingWithoutNextPage()
    {
        await Store.UpsertPapersAsync(PagingPapers().Take(3).Select(p => Record(p)).ToList(), Ct);

        var page = await Store.QueryPapersAsync(new PaperQuery(PaperFilter.None, PaperOrder.Id, 3), Ct);
        var next = await Store.QueryPapersAsync(new PaperQuery(PaperFilter.None, PaperOrder.Id, 3, page.EndCursor), Ct);

        Assert.Equal(3, page.Items.Count);
        Assert.False(page.HasNextPage);
        Assert.Empty(next.Items);
        Assert.False(next.HasNextPage);
    }

    [Fact]
    public async Task QueryPapers_YearAndDateFilters_KeepMatchingPapersOnly()
    {
        var papers = PagingPapers();
        await Store.UpsertPapersAsync(papers.Select(p => Record(p)).ToList(), Ct);
        var from = Date(2024, 2, 1);
        var to = Date(2025, 3, 2);
        bool InRange(Paper p) => p.Date?.Year is not null && CompareDates(p, Paper("x", date: from)) >= 0 && CompareDates(p, Paper("x", date: to)) <= 0;

        var cases = new (PaperFilter Filter, IEnumerable<Paper> Expected)[]
        {
            (new PaperFilter { Year = 2024 }, papers.Where(p => p.Date?.Year == 2024)),
            (new PaperFilter { DateFrom = from }, papers.Where(p => p.Date?.Year is not null && CompareDates(p, Paper("x", date: from)) >= 0)),
            (new PaperFilter { DateTo = to }, papers.Where(p => p.Date?.Year is not null && CompareDates(p, Paper("x", date: to)) <= 0)),
            (new PaperFilter { DateFrom = from, DateTo = to }, papers.Where(InRange)),
            (new PaperFilter { Year = 2025, DateTo = Date(2025, 2, 1) }, papers.Where(p => p.Date?.Year == 2025 && CompareDates(p, Paper("x", date: Date(2025, 2, 1))) <= 0)),
        };

        foreach (var (filter, expected) in cases)
        {
            var expectedIds = expected.Select(p => p.Id).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(expectedIds);
            var paged = await PageAllAsync(filter, PaperOrder.DateDesc, 2);
            Assert.Equal(expectedIds, paged.Select(i => i.Node.Id).Order(StringComparer.Ordinal));
            Assert.Equal(expectedIds.Count, await Store.CountPapersAsync(filter, Ct));
        }
    }

    [Fact]
    public async Task QueryPapers_MentionFilters_MatchAllOfIdsAndAnyOfKind()
    {
        var p1 = Paper("title:m1", "One", "Mentions alpha and beta.");
        var p2 = Paper("title:m2", "Two", "Mentions alpha only.");
        var p3 = Paper("title:m3", "Three", "Mentions a dataset.");
        var p4 = Paper("title:m4", "Four", "Mentions nothing.");
        await Store.UpsertPapersAsync([Record(p1), Record(p2), Record(p3), Record(p4)], Ct);
        await Store.UpsertEntitiesAsync([Entity("e:alpha", "Alpha"), Entity("e:beta", "Beta"), Entity("e:squad", "SQuAD", EntityKind.Dataset)], Ct);
        await Store.SaveAnnotationsAsync([Mentions(p1, "e:alpha", "e:beta"), Mentions(p2, "e:alpha", "e:alpha"), Mentions(p3, "e:squad")], Ct);

        async Task<List<string>> IdsAsync(PaperFilter filter)
        {
            var ids = (await PageAllAsync(filter, PaperOrder.Id, 1)).Select(i => i.Node.Id).ToList();
            Assert.Equal(ids.Count, await Store.CountPapersAsync(filter, Ct));
            return ids;
        }

        Assert.Equal(["title:m1", "title:m2"], await IdsAsync(new PaperFilter { MentionsEntityIds = ["e:alpha"] }));
        Assert.Equal(["title:m1"], await IdsAsync(new PaperFilter { MentionsEntityIds = ["e:alpha", "e:beta"] }));
        Assert.Equal(["title:m1"], await IdsAsync(new PaperFilter { MentionsEntityIds = ["e:beta", "e:alpha", "e:beta"] }));
        Assert.Empty(await IdsAsync(new PaperFilter { MentionsEntityIds = ["e:alpha", "e:squad"] }));
        Assert.Equal(["title:m1", "title:m2"], await IdsAsync(new PaperFilter { MentionsKind = EntityKind.Method }));
        Assert.Equal(["title:m3"], await IdsAsync(new PaperFilter { MentionsKind = EntityKind.Dataset }));
        Assert.Empty(await IdsAsync(new PaperFilter { MentionsKind = EntityKind.Model }));
        Assert.Equal(["title:m2"], await IdsAsync(new PaperFilter { MentionsEntityIds = ["e:alpha"], Search = "only" }));
    }
}
