using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

/// <summary>The several-reads-at-once calls answer exactly what the separate reads answer.</summary>
public abstract partial class GraphStoreContractTests
{
    /// <summary>The newest-mentioning papers, two of them introducing entities, three links, two entities in the catalog.</summary>
    private async Task SeedFrontiersAsync()
    {
        await SeedNewestMentioningAsync();
        var papers = await Store.GetPapersAsync(["title:nm1", "title:nm2"], Ct);
        await Store.SaveAnnotationsAsync(
        [
            Mentions(papers["title:nm1"], "e:hub", "e:other") with { IntroducedEntityIds = ["e:single"] },
            Mentions(papers["title:nm2"], "e:hub", "e:hub", "e:pair") with { IntroducedEntityIds = ["e:pair", "e:hub"] },
        ], Ct);
        await Store.ReplaceLinksAsync(
            ["title:nm1", "title:nm3"],
            [Link("title:nm1", "title:nm2", 0.8, "e:hub"), Link("title:nm3", "title:nm1", 0.6, "e:pair"), Link("title:nm1", "title:nm4", 0.5, "e:single")],
            Ct);
        await Store.UpsertEntitiesAsync([Entity("e:hub", "HubNet"), Entity("e:pair", "PairSet", EntityKind.Dataset)], Ct);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(50)]
    public async Task GetFrontiers_SeveralFrontiers_EqualsTheSeparateReads(int perEntity)
    {
        await SeedFrontiersAsync();
        // More papers and entities than the Neo4j tests' batch of 5; kinds left out; a paper both asked and among an entity's newest.
        FrontierQuery[] frontiers =
        [
            new(["title:nm1", "title:nm2", "title:nm3", "title:nm4", "title:nm5", "title:nm6", "title:missing"], [], perEntity),
            new(["title:nm1"], NewestEntities, perEntity) { PaperCounts = true },
            new([], ["e:pair", "e:single", "e:pair"], perEntity) { Links = false, Introductions = false, PaperCounts = true },
            new(["title:nm3", "title:nm3"], ["e:hub"], perEntity) { Mentions = false },
            new([], [], perEntity),
        ];

        var together = await Store.GetFrontiersAsync(frontiers, Ct);

        Assert.Equal(frontiers.Length, together.Count);
        for (var i = 0; i < frontiers.Length; i++)
        {
            var separate = await SeparateFrontierReadsAsync(frontiers[i]);
            AssertSameLists(separate.Mentions, together[i].Mentions, EqualityComparer<Mention>.Default);
            AssertSameLists(separate.Links, together[i].Links, LinkComparer);
            AssertSameLists(separate.IntroducedEntityIds, together[i].IntroducedEntityIds, StringComparer.Ordinal);
            AssertSameLists(separate.IntroducingPaperIds, together[i].IntroducingPaperIds, StringComparer.Ordinal);
            Assert.Equal(separate.PapersMentioning.OrderBy(c => c.Key, StringComparer.Ordinal), together[i].PapersMentioning.OrderBy(c => c.Key, StringComparer.Ordinal));
        }

        Assert.NotEmpty(together[1].Mentions);
        Assert.NotEmpty(together[0].Links);
        Assert.NotEmpty(together[3].IntroducingPaperIds);
        Assert.Equal(7, together[1].PapersMentioning["e:hub"]);
        Assert.Empty(await Store.GetFrontiersAsync([], Ct));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(LinkDirection.Outgoing)]
    [InlineData(LinkDirection.Incoming)]
    [InlineData(LinkDirection.Both)]
    public async Task GetPaperProfile_EachLinkDirection_EqualsTheSeparateReads(LinkDirection? links)
    {
        await SeedFrontiersAsync();

        foreach (var paperId in new[] { "title:nm1", "title:nm2", "title:nm7", "title:missing" })
        {
            var profile = await Store.GetPaperProfileAsync(paperId, links, Ct);

            var expectedLinks = links is { } direction ? (await Store.GetLinksAsync([paperId], direction, Ct)).GetValueOrDefault(paperId) ?? [] : [];
            var mentions = (await Store.GetMentionsAsync([paperId], Ct)).GetValueOrDefault(paperId) ?? [];
            var entityIds = mentions.Select(m => m.EntityId).Distinct().ToList();
            Assert.Equal(expectedLinks, profile.Links, LinkComparer);
            Assert.Equal(mentions, profile.Mentions);
            var entities = await Store.GetEntitiesAsync(entityIds, Ct);
            Assert.Equal(entities.Keys.Order(StringComparer.Ordinal), profile.Entities.Keys.Order(StringComparer.Ordinal));
            Assert.All(profile.Entities, pair => Assert.Equal(entities[pair.Key].Name, pair.Value.Name));
            var counts = await Store.CountPapersMentioningAsync(entityIds, Ct);
            Assert.Equal(counts.OrderBy(c => c.Key, StringComparer.Ordinal), profile.PapersMentioning.OrderBy(c => c.Key, StringComparer.Ordinal));
            Assert.Equal(await Store.CountPapersAsync(PaperFilter.None, Ct), profile.TotalPapers);
        }

        var nm1 = await Store.GetPaperProfileAsync("title:nm1", links, Ct);
        Assert.Equal(["e:hub"], nm1.Entities.Keys);
        Assert.Equal(7, nm1.PapersMentioning["e:hub"]);
    }

    /// <summary>The records of one frontier from the separate reads, as <see cref="FrontierRecords"/> defines them.</summary>
    private async Task<FrontierRecords> SeparateFrontierReadsAsync(FrontierQuery frontier)
    {
        var (paperIds, entityIds) = (frontier.PaperIds.Distinct().ToList(), frontier.EntityIds.Distinct().ToList());
        var mentioning = new HashSet<string>(paperIds);
        if (frontier.Mentions && entityIds.Count > 0)
        {
            mentioning.UnionWith((await Store.GetNewestPaperIdsMentioningAsync(entityIds, frontier.PapersPerEntity, Ct)).Values.SelectMany(ids => ids));
        }

        var none = new Dictionary<string, IReadOnlyList<string>>();
        return new FrontierRecords(
            frontier.Mentions && mentioning.Count > 0 ? await Store.GetMentionsAsync(mentioning, Ct) : new Dictionary<string, IReadOnlyList<Mention>>(),
            frontier.Links && paperIds.Count > 0 ? await Store.GetLinksAsync(paperIds, LinkDirection.Both, Ct) : new Dictionary<string, IReadOnlyList<PaperLink>>(),
            frontier.Introductions && paperIds.Count > 0 ? await Store.GetIntroducedEntityIdsAsync(paperIds, Ct) : none,
            frontier.Introductions && entityIds.Count > 0 ? await Store.GetIntroducingPaperIdsAsync(entityIds, Ct) : none,
            frontier.PaperCounts && entityIds.Count > 0 ? await Store.CountPapersMentioningAsync(entityIds, Ct) : new Dictionary<string, long>());
    }

    private static void AssertSameLists<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> expected, IReadOnlyDictionary<string, IReadOnlyList<T>> actual, IEqualityComparer<T> comparer)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, list) in expected)
        {
            Assert.Equal(list, actual[key], comparer);
        }
    }
}
