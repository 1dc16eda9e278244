using PaperGraph.Core.Authors;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

/// <summary>Facets and authors: every count equals the rows counted by hand over the same papers.</summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly string[] FacetAuthors = ["Ada Lovelace", "Émile Zola", "Zola, Emile", "Grace Hopper", "Alan Turing"];

    /// <summary>30 papers over three years and several months, some year-less or undated, with mixed authors and mentions.</summary>
    private async Task<(List<Paper> Papers, Dictionary<string, string[]> Mentioned, List<Entity> Entities)> SeedFacetPapersAsync()
    {
        var entities = new List<Entity>
        {
            Entity("test:a", "Alpha"), Entity("test:b", "Beta", EntityKind.Dataset), Entity("test:c", "Gamma", EntityKind.Model), Entity("test:d", "Delta"),
        };
        await Store.UpsertEntitiesAsync(entities, Ct);
        var papers = Enumerable.Range(0, 30).Select(i =>
        {
            ListingDate? date = (i % 7) switch
            {
                0 => null,
                1 => new ListingDate(null, 5, 2),
                _ => Date(2023 + (i % 3), 1 + (i % 5), 1 + (i % 4)),
            };
            var authors = Enumerable.Range(0, 1 + (i % 3)).Select(k => FacetAuthors[(i + (k * 2)) % FacetAuthors.Length]).ToArray();
            return Paper($"title:f{i:D2}", $"Facet paper {i}", i % 2 == 0 ? "We study learning with abstracts." : "Another abstract on graphs.", date, authors: authors);
        }).ToList();
        await Store.UpsertPapersAsync(papers.Select(p => Record(p)).ToList(), Ct);
        var mentioned = papers.ToDictionary(p => p.Id, p => entities.Where((e, k) => (int.Parse(p.Id[^2..], System.Globalization.CultureInfo.InvariantCulture) + k) % 3 == 0).Select(e => e.Id).Append("test:unknown").ToArray());
        await Store.SaveAnnotationsAsync(papers.Select(p => Mentions(p, mentioned[p.Id])).ToList(), Ct);
        return (papers, mentioned, entities);
    }

    private static PaperFacets CountedByHand(IEnumerable<Paper> selected, Dictionary<string, string[]> mentioned, List<Entity> entities, int top)
    {
        var papers = selected.ToList();
        var dated = papers.Where(p => p.Date?.Year is not null).ToList();
        var kinds = entities.ToDictionary(e => e.Id, e => e.Kind);
        var buckets = new Dictionary<string, List<FacetCount>>
        {
            ["year"] = [.. dated.GroupBy(p => p.Date!.Value.Year!.Value).Select(g => new FacetCount($"{g.Key:D4}", g.Count()))],
            ["month"] = [.. dated.GroupBy(p => p.Date!.Value.ToString()[..7]).Select(g => new FacetCount(g.Key, g.Count()))],
            ["kind"] = [.. papers.SelectMany(p => mentioned[p.Id].Where(kinds.ContainsKey).Select(id => kinds[id]).Distinct().Select(k => (k, p.Id)))
                .GroupBy(x => x.k).Select(g => new FacetCount(g.Key.ToString(), g.Count()))],
            ["entity"] = [.. papers.SelectMany(p => mentioned[p.Id]).GroupBy(id => id).Select(g => new FacetCount(g.Key, g.Count()))],
            ["author"] = [.. papers.SelectMany(p => p.Authors.Select(a => (Key: AuthorNames.Key(a), Name: a, p.Id)).DistinctBy(x => x.Key))
                .GroupBy(x => x.Key).Select(g => new FacetCount(g.Key, g.Count(), g.Select(x => x.Name).Min(StringComparer.Ordinal)))],
        };
        var ordered = PaperFacetsOrder.Apply(buckets);
        return ordered with { Entities = [.. ordered.Entities.Take(top)], Authors = [.. ordered.Authors.Take(top)] };
    }

    [Fact]
    public async Task GetPaperFacets_NoFilter_EqualsCountingTheRowsByHand()
    {
        var (papers, mentioned, entities) = await SeedFacetPapersAsync();

        var facets = await Store.GetPaperFacetsAsync(PaperFilter.None, 10, Ct);

        AssertFacets(CountedByHand(papers, mentioned, entities, 10), facets);
    }

    [Fact]
    public async Task GetPaperFacets_SearchYearAndAuthorFilters_EqualCountingTheRowsByHand()
    {
        var (papers, mentioned, entities) = await SeedFacetPapersAsync();
        var zola = AuthorNames.Key("Zola, Emile");

        var searched = await Store.GetPaperFacetsAsync(new PaperFilter { Search = "learning" }, 2, Ct);
        var byYear = await Store.GetPaperFacetsAsync(new PaperFilter { Year = 2024 }, 3, Ct);
        var byAuthor = await Store.GetPaperFacetsAsync(new PaperFilter { AuthorKey = zola }, 10, Ct);
        var nothing = await Store.GetPaperFacetsAsync(new PaperFilter { Year = 1990 }, 10, Ct);

        AssertFacets(CountedByHand(papers.Where(p => p.Abstract.Contains("learning", StringComparison.Ordinal)), mentioned, entities, 2), searched);
        AssertFacets(CountedByHand(papers.Where(p => p.Date?.Year == 2024), mentioned, entities, 3), byYear);
        AssertFacets(CountedByHand(papers.Where(p => p.Authors.Any(a => AuthorNames.Key(a) == zola)), mentioned, entities, 10), byAuthor);
        Assert.Equal("emile zola", zola);
        Assert.Contains(byAuthor.Authors, a => a.Value == zola && a.Papers == papers.Count(p => p.Authors.Any(n => AuthorNames.Key(n) == zola)));
        Assert.Equal(PaperFacets.Empty.Years, nothing.Years);
        Assert.Empty(nothing.Authors);
    }

    [Fact]
    public async Task QueryPapers_ByAuthorKey_FindsEverySpellingAndCountsAgree()
    {
        var (papers, _, _) = await SeedFacetPapersAsync();
        var filter = new PaperFilter { AuthorKey = AuthorNames.Key("EMILE ZOLA") };

        var page = await Store.QueryPapersAsync(new PaperQuery(filter, PaperOrder.Id, 100), Ct);

        var expected = papers.Where(p => p.Authors.Any(a => a is "Émile Zola" or "Zola, Emile")).Select(p => p.Id).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.Items.Select(i => i.Node.Id));
        Assert.Equal(expected.Count, await Store.CountPapersAsync(filter, Ct));
    }

    [Fact]
    public async Task UpsertPapers_AuthorsFromListingsInEitherOrder_AreTheSame()
    {
        var bare = Paper("title:authors", authors: []);
        var named = Paper("title:authors", authors: ["A One", "B Two"]);
        var other = Paper("title:authors", authors: ["A One", "B Deux"]);

        await Store.UpsertPapersAsync([Record(bare, "a.jsonl"), Record(named, "b.jsonl"), Record(other, "c.jsonl")], Ct);
        var forward = (await Store.GetPapersAsync(["title:authors"], Ct))["title:authors"].Authors;
        await Store.UpsertPapersAsync([Record(bare, "a.jsonl")], Ct);
        var again = (await Store.GetPapersAsync(["title:authors"], Ct))["title:authors"].Authors;

        Assert.Equal(["A One", "B Deux"], forward); // same length: the ordinally smaller list, whatever came last
        Assert.Equal(forward, again);
    }

    [Fact]
    public async Task UpsertPapers_AuthorsChangedByALaterListing_AuthorFilterAndFacetFollowTheKeptList()
    {
        var first = Paper("title:reauthored", authors: ["Ada Lovelace"]);
        var other = Paper("title:other", authors: ["Ada Lovelace"]);
        await Store.UpsertPapersAsync([Record(first, "a.jsonl"), Record(other, "a.jsonl")], Ct);
        Assert.Equal(2, await Store.CountPapersAsync(new PaperFilter { AuthorKey = "ada lovelace" }, Ct));

        // The longer list is kept (AuthorNames.Merge), so Ada is no longer an author of the re-listed paper.
        await Store.UpsertPapersAsync([Record(first with { Authors = ["Grace Hopper", "Zola, Emile"] }, "b.jsonl")], Ct);

        async Task<string[]> ByAuthorAsync(string name) =>
            [.. (await Store.QueryPapersAsync(new PaperQuery(new PaperFilter { AuthorKey = AuthorNames.Key(name) }, PaperOrder.Id, 10), Ct)).Items.Select(i => i.Node.Id)];
        Assert.Equal(["title:other"], await ByAuthorAsync("Ada Lovelace"));
        Assert.Equal(["title:reauthored"], await ByAuthorAsync("Grace Hopper"));
        Assert.Equal(["title:reauthored"], await ByAuthorAsync("Émile Zola"));
        var facets = await Store.GetPaperFacetsAsync(PaperFilter.None, 10, Ct);
        Assert.Equal(
            [new FacetCount("ada lovelace", 1, "Ada Lovelace"), new FacetCount("emile zola", 1, "Zola, Emile"), new FacetCount("grace hopper", 1, "Grace Hopper")],
            facets.Authors);
        var hoppers = await Store.GetPaperFacetsAsync(new PaperFilter { AuthorKey = "grace hopper" }, 10, Ct);
        Assert.Equal([new FacetCount("emile zola", 1, "Zola, Emile"), new FacetCount("grace hopper", 1, "Grace Hopper")], hoppers.Authors);
    }

    private static void AssertFacets(PaperFacets expected, PaperFacets actual)
    {
        Assert.Equal(expected.Years, actual.Years);
        Assert.Equal(expected.Months, actual.Months);
        Assert.Equal(expected.EntityKinds, actual.EntityKinds);
        Assert.Equal(expected.Entities, actual.Entities);
        Assert.Equal(expected.Authors, actual.Authors);
    }
}
