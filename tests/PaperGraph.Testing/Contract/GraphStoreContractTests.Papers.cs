using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task UpsertPapers_NewPaper_ReturnsCreatedAndStoresEveryField()
    {
        var paper = Paper("arxiv:2312.00752", "Mamba: Linear-Time Sequence Modeling", "Selective state spaces.", Date(2023, 12, 1), "2312.00752", ["Albert Gu", "Tri Dao"]);
        var noYear = Paper("title:0001", "A listing with no year", "Abstract with ünïcödé and \"quotes\".", new ListingDate(null, 3, 12), null, []);

        var outcomes = await Store.UpsertPapersAsync([Record(paper), Record(noYear, line: 2)], Ct);

        Assert.Equal([new UpsertOutcome(paper.Id, UpsertResult.Created), new UpsertOutcome(noYear.Id, UpsertResult.Created)], outcomes);
        var stored = await Store.GetPapersAsync([paper.Id, noYear.Id, "arxiv:missing"], Ct);
        Assert.Equal(2, stored.Count);
        Assert.True(paper.SameContentAs(stored[paper.Id]), $"stored {stored[paper.Id]}");
        Assert.True(noYear.SameContentAs(stored[noYear.Id]), $"stored {stored[noYear.Id]}");
        Assert.Equal(new ListingDate(null, 3, 12), stored[noYear.Id].Date);
        Assert.Null(stored[noYear.Id].ArxivId);
    }

    [Fact]
    public async Task GetPapers_OneIdAtATime_EqualsTheBatchRead()
    {
        // A store may read one id by key and many through a list: both must give the same paper, field by field.
        Paper[] papers =
        [
            Paper("arxiv:2312.00752", "Mamba", "Selective state spaces.", Date(2023, 12, 1), "2312.00752", ["Albert Gu", "Tri Dao"]),
            Paper("title:0002", "No date, no authors", "Ünïcödé \"quotes\" and\nlines.", null, null, []),
            Paper("title:0003", "Month only", "x", new ListingDate(null, 3, 12), null, ["Solo"]),
        ];
        await Store.UpsertPapersAsync([.. papers.Select((p, i) => Record(p, line: i + 1))], Ct);

        var batch = await Store.GetPapersAsync([.. papers.Select(p => p.Id), "arxiv:missing"], Ct);

        Assert.Equal(papers.Length, batch.Count);
        foreach (var paper in papers)
        {
            var alone = Assert.Single(await Store.GetPapersAsync([paper.Id], Ct));
            Assert.Equal(paper.Id, alone.Key);
            Assert.True(batch[paper.Id].SameContentAs(alone.Value), $"alone {alone.Value}, in a batch {batch[paper.Id]}");
            Assert.Equal(batch[paper.Id].Date, alone.Value.Date);
            Assert.Equal(batch[paper.Id].ArxivId, alone.Value.ArxivId);
        }

        Assert.Empty(await Store.GetPapersAsync(["arxiv:missing"], Ct));
    }

    [Fact]
    public async Task GetPapersWithoutAbstracts_OneOrMany_EqualsTheFullReadWithEmptyAbstracts()
    {
        Paper[] papers =
        [
            Paper("arxiv:2312.00752", "Mamba", "Selective state spaces.", Date(2023, 12, 1), "2312.00752", ["Albert Gu", "Tri Dao"]),
            Paper("title:0002", "No date, no authors", "Ünïcödé \"quotes\" and\nlines.", null, null, []),
            Paper("title:0003", "Month only", "x", new ListingDate(null, 3, 12), null, ["Solo"]) with { Categories = ["cs.LG", "cs.CL"] },
        ];
        await Store.UpsertPapersAsync([.. papers.Select((p, i) => Record(p, line: i + 1))], Ct);
        var full = await Store.GetPapersAsync([.. papers.Select(p => p.Id)], Ct);

        var batch = await Store.GetPapersWithoutAbstractsAsync([.. papers.Select(p => p.Id), "arxiv:missing"], Ct);

        Assert.Equal(papers.Length, batch.Count);
        foreach (var paper in papers)
        {
            var alone = Assert.Single(await Store.GetPapersWithoutAbstractsAsync([paper.Id], Ct));
            var expected = full[paper.Id] with { Abstract = "" };
            Assert.True(expected.SameContentAs(batch[paper.Id]), $"in a batch {batch[paper.Id]}, whole {full[paper.Id]}");
            Assert.True(expected.SameContentAs(alone.Value), $"alone {alone.Value}, whole {full[paper.Id]}");
        }

        Assert.Empty(await Store.GetPapersWithoutAbstractsAsync(["arxiv:missing"], Ct));
        Assert.Empty(await Store.GetPapersWithoutAbstractsAsync([], Ct));
    }

    [Fact]
    public async Task UpsertPapers_SameRecordTwice_IsUnchangedAndOnlyRefreshesLastSeen()
    {
        var paper = Paper("arxiv:2401.00001", "Same twice", "Nothing changes.", Date(2024, 1, 2), "2401.00001");
        await Store.UpsertPapersAsync([Record(paper, seenAt: T0)], Ct);
        var before = await Store.GetPapersAsync([paper.Id], Ct);

        var outcomes = await Store.UpsertPapersAsync([Record(paper, seenAt: T0.AddDays(3))], Ct);

        Assert.Equal([new UpsertOutcome(paper.Id, UpsertResult.Unchanged)], outcomes);
        var after = await Store.GetPapersAsync([paper.Id], Ct);
        Assert.True(before[paper.Id].SameContentAs(after[paper.Id]));
        var sources = (await Store.GetSourcesAsync([paper.Id], Ct))[paper.Id];
        var source = Assert.Single(sources);
        Assert.Equal(T0, source.FirstSeen);
        Assert.Equal(T0.AddDays(3), source.LastSeen);
        Assert.Equal(HashOf(paper), source.ContentHash);
        Assert.Equal(1, source.Line);
    }

    [Fact]
    public async Task UpsertPapers_SameBatchTwice_LeavesPapersAndProvenanceIdentical()
    {
        var batch = Enumerable.Range(0, 12)
            .Select(i => Record(Paper($"arxiv:2402.{i:D5}", $"Paper {i}", $"Abstract {i} about graphs.", Date(2024, 2, 1 + i), $"2402.{i:D5}"), "batch.jsonl", i + 1))
            .ToList();
        await Store.UpsertPapersAsync(batch, Ct);
        var ids = batch.Select(r => r.Paper.Id).ToList();
        var papersBefore = await Store.GetPapersAsync(ids, Ct);
        var sourcesBefore = await Store.GetSourcesAsync(ids, Ct);
        var statsBefore = await Store.GetStatsAsync(Ct);

        var outcomes = await Store.UpsertPapersAsync(batch, Ct);

        Assert.All(outcomes, o => Assert.Equal(UpsertResult.Unchanged, o.Result));
        Assert.Equal(ids, outcomes.Select(o => o.PaperId));
        var papersAfter = await Store.GetPapersAsync(ids, Ct);
        var sourcesAfter = await Store.GetSourcesAsync(ids, Ct);
        Assert.Equal(statsBefore, await Store.GetStatsAsync(Ct));
        foreach (var id in ids)
        {
            Assert.True(papersBefore[id].SameContentAs(papersAfter[id]));
            Assert.Equal(sourcesBefore[id], sourcesAfter[id]);
        }

        Assert.Equal(12, await Store.CountPapersAsync(PaperFilter.None, Ct));
    }

    [Fact]
    public async Task UpsertPapers_SamePaperFromTwoSources_KeepsBothProvenances()
    {
        var paper = Paper("arxiv:2403.00001", "Seen twice", "Two listings show it.", Date(2024, 3, 1), "2403.00001");

        var first = await Store.UpsertPapersAsync([Record(paper, "monday.txt", 3, T0)], Ct);
        var second = await Store.UpsertPapersAsync([Record(paper, "tuesday.txt", 9, T0.AddDays(1))], Ct);

        Assert.Equal(UpsertResult.Created, Assert.Single(first).Result);
        Assert.Equal(UpsertResult.Unchanged, Assert.Single(second).Result);
        var sources = (await Store.GetSourcesAsync([paper.Id], Ct))[paper.Id].OrderBy(s => s.Source, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [new PaperSource("monday.txt", 3, HashOf(paper), T0, T0), new PaperSource("tuesday.txt", 9, HashOf(paper), T0.AddDays(1), T0.AddDays(1))],
            sources);
        Assert.Equal(1, (await Store.GetStatsAsync(Ct)).Papers);
    }

    [Fact]
    public async Task UpsertPapers_ChangedAbstract_IsUpdatedAndSearchFollowsTheNewText()
    {
        var original = Paper("arxiv:2404.00001", "Changing paper", "The first version talks about walruses.", Date(2024, 4, 1), "2404.00001");
        var changed = original with { Abstract = "The second version talks about narwhals." };
        await Store.UpsertPapersAsync([Record(original, seenAt: T0)], Ct);

        var outcomes = await Store.UpsertPapersAsync([Record(changed, seenAt: T0.AddHours(1))], Ct);

        Assert.Equal([new UpsertOutcome(original.Id, UpsertResult.Updated)], outcomes);
        Assert.Equal(changed.Abstract, (await Store.GetPapersAsync([original.Id], Ct))[original.Id].Abstract);
        var hashes = (await Store.GetSourcesAsync([original.Id], Ct))[original.Id].Select(s => s.ContentHash).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { HashOf(original), HashOf(changed) }.Order(StringComparer.Ordinal), hashes);
        Assert.Equal(0, await Store.CountPapersAsync(new PaperFilter { Search = "walruses" }, Ct));
        Assert.Equal(1, await Store.CountPapersAsync(new PaperFilter { Search = "narwhals" }, Ct));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("date")]
    [InlineData("authors")]
    public async Task UpsertPapers_ChangedField_IsUpdated(string field)
    {
        var original = Paper("arxiv:2405.00001", "Field paper", "Same abstract.", Date(2024, 5, 1), "2405.00001", ["A", "B"]);
        var changed = field switch
        {
            "title" => original with { Title = "Field paper, revised" },
            "date" => original with { Date = Date(2024, 4, 30) }, // an earlier listing
            _ => original with { Authors = ["A", "B", "C"] }, // a fuller list (AuthorNames.Merge keeps it in either order)
        };
        await Store.UpsertPapersAsync([Record(original)], Ct);

        var outcomes = await Store.UpsertPapersAsync([Record(changed)], Ct);

        Assert.Equal(UpsertResult.Updated, Assert.Single(outcomes).Result);
        Assert.True(changed.SameContentAs((await Store.GetPapersAsync([original.Id], Ct))[original.Id]));
    }

    [Fact]
    public async Task UpsertPapers_SamePaperListedOnTwoDays_KeepsTheEarliestDateInEitherOrder()
    {
        var monday = Paper("title:listed", "Listed twice", "Same text.", new ListingDate(null, 3, 11));
        var tuesday = monday with { Date = new ListingDate(null, 3, 12) };
        var dated = monday with { Id = "title:listed2", Date = Date(2025, 3, 20) };
        var undated = dated with { Date = new ListingDate(null, 3, 1) };

        await Store.UpsertPapersAsync([Record(monday, "mon.txt")], Ct);
        var later = await Store.UpsertPapersAsync([Record(tuesday, "tue.txt")], Ct);
        await Store.UpsertPapersAsync([Record(tuesday, "tue.txt"), Record(dated, "a.jsonl")], Ct);
        await Store.UpsertPapersAsync([Record(monday, "mon.txt"), Record(undated, "b.txt")], Ct);

        Assert.Equal(UpsertResult.Unchanged, Assert.Single(later).Result);
        var stored = await Store.GetPapersAsync([monday.Id, dated.Id], Ct);
        Assert.Equal(new ListingDate(null, 3, 11), stored[monday.Id].Date);
        Assert.Equal(Date(2025, 3, 20), stored[dated.Id].Date); // a date with a year beats one without
    }

    [Fact]
    public async Task UpsertPapers_Categories_AreStoredAndAListingWithoutThemKeepsThem()
    {
        var listed = Paper("arxiv:2503.00001", "Categorised", "Same text.", Date(2025, 3, 1), "2503.00001", ["A"]) with { Categories = ["cs.CL", "cs.LG"] };
        var page = listed with { Categories = [] }; // a listing page names no categories
        var other = listed with { Id = "arxiv:2503.00002", ArxivId = "2503.00002", Categories = [] };

        var created = await Store.UpsertPapersAsync([Record(page, "page.txt"), Record(other, "page.txt")], Ct);
        var filled = await Store.UpsertPapersAsync([Record(listed, "corpus.jsonl")], Ct);
        var again = await Store.UpsertPapersAsync([Record(page, "page.txt")], Ct);

        Assert.All(created, outcome => Assert.Equal(UpsertResult.Created, outcome.Result));
        Assert.Equal(UpsertResult.Updated, Assert.Single(filled).Result);
        Assert.Equal(UpsertResult.Unchanged, Assert.Single(again).Result);
        var stored = await Store.GetPapersAsync([listed.Id, other.Id], Ct);
        Assert.Equal(["cs.CL", "cs.LG"], stored[listed.Id].Categories);
        Assert.Empty(stored[other.Id].Categories);
        var found = await Store.QueryPapersAsync(new PaperQuery(new PaperFilter { Search = "categorised" }, PaperOrder.Id, 10, null), Ct);
        Assert.Equal(["cs.CL", "cs.LG"], Assert.Single(found.Items, item => item.Node.Id == listed.Id).Node.Categories);
    }

    [Fact]
    public async Task UpsertPapers_SameIdTwiceInOneBatch_LastOneWins()
    {
        var first = Paper("arxiv:2406.00001", "Twice in a batch", "First text.", Date(2024, 6, 1), "2406.00001");
        var last = first with { Abstract = "Last text." };

        var outcomes = await Store.UpsertPapersAsync([Record(first, line: 1), Record(last, line: 2)], Ct);

        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(first.Id, o.PaperId));
        Assert.Equal("Last text.", (await Store.GetPapersAsync([first.Id], Ct))[first.Id].Abstract);
        Assert.Equal(1, (await Store.GetStatsAsync(Ct)).Papers);
    }

    [Fact]
    public async Task FindPaperByArxivId_KnownAndUnknown_ReturnsPaperOrNull()
    {
        var paper = Paper("arxiv:2407.00001", "Findable", "By arXiv id.", Date(2024, 7, 1), "2407.00001");
        await Store.UpsertPapersAsync([Record(paper), Record(Paper("title:x", "No arXiv id"))], Ct);

        var found = await Store.FindPaperByArxivIdAsync("2407.00001", Ct);
        var missing = await Store.FindPaperByArxivIdAsync("2407.99999", Ct);

        Assert.NotNull(found);
        Assert.True(paper.SameContentAs(found));
        Assert.Null(missing);
    }

    [Fact]
    public async Task FindPaperIdsByTitleKey_NormalisedTitles_GroupsPapersPerKey()
    {
        var a = Paper("arxiv:1706.03762", "Attention Is All You Need", arxivId: "1706.03762");
        var b = Paper(PaperIds.FromTitle("attention is all you need!"), "attention is  all you NEED!");
        var c = Paper("arxiv:1810.04805", "BERT: Pre-training of Deep Bidirectional Transformers", arxivId: "1810.04805");
        await Store.UpsertPapersAsync([Record(a), Record(b), Record(c)], Ct);
        var attention = PaperIds.NormalizeTitle("Attention is all you need");
        var bert = PaperIds.NormalizeTitle(c.Title);

        var found = await Store.FindPaperIdsByTitleKeyAsync([attention, bert, "no such title"], Ct);

        Assert.Equal(2, found.Count);
        Assert.Equal(new[] { a.Id, b.Id }.Order(StringComparer.Ordinal), found[attention].Order(StringComparer.Ordinal));
        Assert.Equal([c.Id], found[bert]);
    }

    [Fact]
    public async Task StreamPaperIds_ManyPapers_YieldsEveryIdInIdOrder()
    {
        var ids = Enumerable.Range(0, 57).Select(i => $"title:{(i * 37) % 57:D3}").ToList();
        await Store.UpsertPapersAsync(ids.Select(id => Record(Paper(id, "Paper " + id))).ToList(), Ct);

        var streamed = new List<string>();
        await foreach (var id in Store.StreamPaperIdsAsync(Ct))
        {
            streamed.Add(id);
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), streamed);
    }

    [Fact]
    public async Task InitializeAsync_CalledAgain_KeepsData()
    {
        await Store.UpsertPapersAsync([Record(Paper("title:keep", "Kept"))], Ct);

        await Store.InitializeAsync(Ct);

        Assert.Single(await Store.GetPapersAsync(["title:keep"], Ct));
    }
}
