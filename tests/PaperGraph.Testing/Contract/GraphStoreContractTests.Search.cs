using PaperGraph.Core.Storage;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

public abstract partial class GraphStoreContractTests
{
    private async Task SeedSearchPapersAsync()
    {
        await Store.UpsertPapersAsync(
        [
            Record(Paper("title:mamba", "Mamba models", "Mamba is a selective state space model. Mamba scales linearly.", Date(2024, 1, 1))),
            Record(Paper("title:mambaformer", "Mambaformer", "Mambaformer mixes attention with state space layers.", Date(2024, 2, 1))),
            Record(Paper("title:transformer", "Transformers", "Transformers use attention over long sequences of tokens, and one variant cites mamba once in passing.", Date(2024, 3, 1))),
            Record(Paper("title:vision", "Vision", "Convolutions for images.", Date(2024, 4, 1))),
        ], Ct);
    }

    [Fact]
    public async Task QueryPapers_Search_RanksTheStrongerMatchFirst()
    {
        await SeedSearchPapersAsync();

        var page = await Store.QueryPapersAsync(new PaperQuery(new PaperFilter { Search = "mamba" }, PaperOrder.Relevance, 10), Ct);

        Assert.Equal(["title:mamba", "title:transformer"], page.Items.Select(i => i.Node.Id));
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task QueryPapers_SearchOfVeryFrequentWordsOnly_RanksTheStrongerMatchFirst()
    {
        // Words most abstracts hold ("novel", "approach"): a store may keep them out of its word index (Neo4j does).
        await Store.UpsertPapersAsync(
        [
            Record(Paper("title:plain", "Sparse kernels", "A novel approach to sparse kernels.", Date(2024, 1, 1))),
            Record(Paper("title:strong", "A novel approach", "Our approach is novel: a novel approach to graphs.", Date(2024, 2, 1))),
            Record(Paper("title:half", "Novel graphs", "Graphs, nothing more.", Date(2024, 3, 1))),
        ], Ct);
        var filter = new PaperFilter { Search = "Novel approach" };

        var page = await Store.QueryPapersAsync(new PaperQuery(filter, PaperOrder.Relevance, 10), Ct);

        Assert.Equal(["title:strong", "title:plain"], page.Items.Select(i => i.Node.Id));
        Assert.Equal(2, await Store.CountPapersAsync(filter, Ct));
        Assert.True(page.TotalCount is null or 2, $"page total {page.TotalCount}");
    }

    [Theory]
    [InlineData("mamba", PaperOrder.Relevance, false)]
    [InlineData("state space", PaperOrder.Relevance, false)]
    [InlineData("mamba", PaperOrder.Relevance, true)]
    [InlineData("attention", PaperOrder.Id, false)]
    [InlineData("nothingmatchesthis", PaperOrder.Relevance, false)]
    public async Task QueryPapers_APageThatBringsItsTotal_BringsTheCount(string search, PaperOrder order, bool backward)
    {
        await SeedSearchPapersAsync();
        var filter = new PaperFilter { Search = search };

        var first = await Store.QueryPapersAsync(new PaperQuery(filter, order, 1) { Backward = backward }, Ct);
        var count = await Store.CountPapersAsync(filter, Ct);

        // A store may leave it out (then totalCount counts on its own), never give another number.
        Assert.True(first.TotalCount is null || first.TotalCount == count, $"page total {first.TotalCount}, count {count}");
    }

    [Fact]
    public async Task QueryPapers_SearchWithSeveralWords_RequiresEveryWord()
    {
        await SeedSearchPapersAsync();

        var page = await Store.QueryPapersAsync(new PaperQuery(new PaperFilter { Search = "Attention  STATE" }, PaperOrder.Id, 10), Ct);

        Assert.Equal(["title:mambaformer"], page.Items.Select(i => i.Node.Id));
        Assert.Equal(1, await Store.CountPapersAsync(new PaperFilter { Search = "Attention  STATE" }, Ct));
    }

    [Theory]
    [InlineData("mamba*", "title:mamba,title:transformer")]
    [InlineData("\"mamba", "title:mamba,title:transformer")]
    [InlineData("(mamba", "title:mamba,title:transformer")]
    [InlineData("mamba)", "title:mamba,title:transformer")]
    [InlineData("-mamba", "title:mamba,title:transformer")]
    [InlineData("^mamba", "title:mamba,title:transformer")]
    [InlineData("\"state space\"", "title:mamba,title:mambaformer")]
    [InlineData("state -space", "title:mamba,title:mambaformer")]
    [InlineData("(state) space)", "title:mamba,title:mambaformer")]
    [InlineData("NEAR(state space)", "")]
    [InlineData("mamba'; DROP TABLE papers; --", "")]
    [InlineData("{title abstract}: mamba", "")]
    public async Task QueryPapers_SearchWithQuerySyntax_TreatsItAsPlainWords(string search, string expected)
    {
        await SeedSearchPapersAsync();
        var filter = new PaperFilter { Search = search };

        var page = await Store.QueryPapersAsync(new PaperQuery(filter, PaperOrder.Id, 10), Ct);
        var count = await Store.CountPapersAsync(filter, Ct);

        var expectedIds = expected.Split(',', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expectedIds, page.Items.Select(i => i.Node.Id));
        Assert.Equal(expectedIds.Length, count);
        Assert.Equal(4, await Store.CountPapersAsync(PaperFilter.None, Ct));
    }

    [Fact]
    public async Task QueryPapers_SearchCombinedWithFilters_AppliesBoth()
    {
        await SeedSearchPapersAsync();
        var filter = new PaperFilter { Search = "attention", DateFrom = Date(2024, 3, 1) };

        var page = await Store.QueryPapersAsync(new PaperQuery(filter, PaperOrder.Relevance, 10), Ct);

        Assert.Equal(["title:transformer"], page.Items.Select(i => i.Node.Id));
        Assert.Equal(1, await Store.CountPapersAsync(filter, Ct));
    }

    [Fact]
    public async Task QueryPapers_SearchWithStopWordsAndRepeats_MatchesItsOtherWordsAndStopWordsAloneNothing()
    {
        await Store.UpsertPapersAsync(
        [
            Record(Paper("p:a", "Widget design", "Gadgets at scale.", Date(2025, 1, 2))),
            Record(Paper("p:b", "The theory of everything", "Of the and the with.", Date(2025, 1, 3))),
        ], Ct);
        var widget = new PaperFilter { Search = "the WIDGET of widget widget with" };
        var stopWords = new PaperFilter { Search = "The of and the with" };
        var noWord = new PaperFilter { Search = "!!! ..." };

        var found = await Store.QueryPapersAsync(new PaperQuery(widget, PaperOrder.Relevance, 10), Ct);

        Assert.Equal(["p:a"], found.Items.Select(i => i.Node.Id));
        Assert.Equal(1, await Store.CountPapersAsync(widget, Ct));
        foreach (var nothing in new[] { stopWords, noWord })
        {
            Assert.Empty((await Store.QueryPapersAsync(new PaperQuery(nothing, PaperOrder.Relevance, 10), Ct)).Items);
            Assert.Equal(0, await Store.CountPapersAsync(nothing, Ct));
            Assert.Empty((await Store.GetPaperFacetsAsync(nothing, 10, Ct)).Years);
            Assert.True(SearchTerms.SelectsNothing(nothing.Search)); // what the linker asks of a name (UnsearchableForms)
        }

        Assert.False(SearchTerms.SelectsNothing(widget.Search));
        Assert.NotEmpty((await Store.FindPaperIdsWithWordsAsync(["the WIDGET"], Ct))["the WIDGET"]);
        Assert.False((await Store.FindPaperIdsWithWordsAsync([stopWords.Search!], Ct)).ContainsKey(stopWords.Search!));
    }

    [Fact]
    public async Task QueryPapers_SearchOfAThousandWords_OnlyTheFirstTermsNarrowItAndItAnswersQuickly()
    {
        await Store.UpsertPapersAsync(
        [
            Record(Paper("p:greek", "Alpha beta gamma delta", "Epsilon zeta eta theta iota kappa lambda mu.", Date(2025, 1, 2))),
            Record(Paper("p:other", "Alpha beta", "Something else entirely.", Date(2025, 1, 3))),
        ], Ct);
        string[] terms = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"];
        Assert.Equal(SearchTerms.MaxTerms, terms.Length);

        // 1,000 words: the twelve that count, each among stop words and repeats, then 952 words no paper holds.
        var thousand = new PaperFilter
        {
            Search = string.Join(' ', terms.SelectMany(term => new[] { "the", term, "of", term.ToUpperInvariant() }).Concat(Enumerable.Range(0, 952).Select(i => $"nowhere{i}"))),
        };
        var repeated = new PaperFilter { Search = string.Join(' ', Enumerable.Repeat("Alpha the", 500)) };
        Assert.Equal(1_000, thousand.Search!.Split(' ').Length);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var found = await Store.QueryPapersAsync(new PaperQuery(thousand, PaperOrder.Relevance, 10), Ct);
        var count = await Store.CountPapersAsync(thousand, Ct);
        var common = await Store.QueryPapersAsync(new PaperQuery(repeated, PaperOrder.Id, 10), Ct);
        watch.Stop();

        Assert.Equal(["p:greek"], found.Items.Select(i => i.Node.Id));
        Assert.Equal(1, count);
        Assert.Equal(["p:greek", "p:other"], common.Items.Select(i => i.Node.Id));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Three searches of 1,000 words took {watch.Elapsed}.");
    }
}
