using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task SaveAnnotations_Mentions_RoundTripExactlyInDocumentedOrder()
    {
        var paper = Paper("arxiv:2501.00001", "FlashAttention meets 𝓜amba", "We pair 𝓜amba with FlashAttention; FlashAttention and S4 follow.", Date(2025, 1, 1), "2501.00001");
        await Store.UpsertPapersAsync([Record(paper)], Ct);
        Mention[] mentions =
        [
            Mention(paper, "pwc:flashattention", "FlashAttention", MentionField.Abstract, 1),
            Mention(paper, "pwc:s4", "S4"),
            Mention(paper, "curated:mamba", "𝓜amba"),
            Mention(paper, "pwc:flashattention", "FlashAttention"),
            Mention(paper, "curated:mamba", "𝓜amba", MentionField.Title),
            Mention(paper, "pwc:flashattention", "FlashAttention", MentionField.Title),
            Mention(paper, "pwc:attention", "FlashAttention", MentionField.Title),
        ];

        await Store.SaveAnnotationsAsync([new PaperAnnotations(paper.Id, mentions, ["new:pairing"])], Ct);

        var stored = (await Store.GetMentionsAsync([paper.Id, "arxiv:missing"], Ct))[paper.Id];
        var expected = mentions.OrderBy(m => m.Field).ThenBy(m => m.Start).ThenBy(m => m.End).ThenBy(m => m.EntityId, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, stored);
        Assert.All(stored, m => Assert.Equal(m.Surface, (m.Field == MentionField.Title ? paper.Title : paper.Abstract)[m.Start..m.End]));
        Assert.False((await Store.GetMentionsAsync(["arxiv:missing"], Ct)).TryGetValue("arxiv:missing", out var none) && none.Count > 0);
        Assert.Equal(7, (await Store.GetStatsAsync(Ct)).Mentions);
    }

    [Fact]
    public async Task SaveAnnotations_Again_ReplacesMentionsAndIntroductions()
    {
        var paper = Paper("arxiv:2501.00002", "Replace me", "Alpha then beta then gamma.", Date(2025, 1, 2), "2501.00002");
        var other = Paper("arxiv:2501.00003", "Untouched", "Alpha again.", Date(2025, 1, 3), "2501.00003");
        await Store.UpsertPapersAsync([Record(paper), Record(other)], Ct);
        await Store.SaveAnnotationsAsync(
        [
            new PaperAnnotations(paper.Id, [Mention(paper, "e:alpha", "Alpha"), Mention(paper, "e:beta", "beta")], ["e:old"]),
            new PaperAnnotations(other.Id, [Mention(other, "e:alpha", "Alpha")], ["e:other"]),
        ], Ct);

        await Store.SaveAnnotationsAsync([new PaperAnnotations(paper.Id, [Mention(paper, "e:gamma", "gamma")], ["e:new", "e:also"])], Ct);

        var mentions = await Store.GetMentionsAsync([paper.Id, other.Id], Ct);
        Assert.Equal([Mention(paper, "e:gamma", "gamma")], mentions[paper.Id]);
        Assert.Equal([Mention(other, "e:alpha", "Alpha")], mentions[other.Id]);
        var introduced = await Store.GetIntroducedEntityIdsAsync([paper.Id, other.Id], Ct);
        Assert.Equal(["e:also", "e:new"], introduced[paper.Id]);
        Assert.Equal(["e:other"], introduced[other.Id]);
        var counts = await Store.CountPapersMentioningAsync(["e:alpha", "e:beta", "e:gamma"], Ct);
        Assert.Equal(1, counts["e:alpha"]);
        Assert.Equal(0, counts.GetValueOrDefault("e:beta"));
        Assert.Equal(1, counts["e:gamma"]);

        await Store.SaveAnnotationsAsync([new PaperAnnotations(paper.Id, [], [])], Ct);

        Assert.Empty((await Store.GetMentionsAsync([paper.Id], Ct)).GetValueOrDefault(paper.Id) ?? []);
        Assert.Empty((await Store.GetIntroducedEntityIdsAsync([paper.Id], Ct)).GetValueOrDefault(paper.Id) ?? []);
        Assert.Equal(1, (await Store.GetStatsAsync(Ct)).Mentions);
    }

    [Fact]
    public async Task Introductions_BothDirections_AreOrderedById()
    {
        var p1 = Paper("title:intro-b", "Introduces two");
        var p2 = Paper("title:intro-a", "Introduces one");
        await Store.UpsertPapersAsync([Record(p1), Record(p2)], Ct);

        await Store.SaveAnnotationsAsync([new PaperAnnotations(p1.Id, [], ["new:zeta", "new:eta"]), new PaperAnnotations(p2.Id, [], ["new:zeta"])], Ct);

        var introduced = await Store.GetIntroducedEntityIdsAsync([p1.Id, p2.Id, "title:none"], Ct);
        Assert.Equal(["new:eta", "new:zeta"], introduced[p1.Id]);
        Assert.Equal(["new:zeta"], introduced[p2.Id]);
        Assert.Empty(introduced.GetValueOrDefault("title:none") ?? []);
        var introducing = await Store.GetIntroducingPaperIdsAsync(["new:zeta", "new:eta", "new:none"], Ct);
        Assert.Equal(["title:intro-a", "title:intro-b"], introducing["new:zeta"]);
        Assert.Equal(["title:intro-b"], introducing["new:eta"]);
        Assert.Empty(introducing.GetValueOrDefault("new:none") ?? []);
    }

    [Fact]
    public async Task CountPapersMentioning_RepeatedMentions_CountsDistinctPapers()
    {
        var papers = Enumerable.Range(0, 5).Select(i => Paper($"title:df{i}", $"Paper {i}", "Long enough abstract text.")).ToList();
        await Store.UpsertPapersAsync(papers.Select(p => Record(p)).ToList(), Ct);

        await Store.SaveAnnotationsAsync(
        [
            Mentions(papers[0], "e:a", "e:a", "e:b"),
            Mentions(papers[1], "e:a"),
            Mentions(papers[2], "e:a", "e:c"),
            Mentions(papers[3], "e:b"),
        ], Ct);

        var counts = await Store.CountPapersMentioningAsync(["e:a", "e:b", "e:c", "e:none"], Ct);
        Assert.Equal(3, counts["e:a"]);
        Assert.Equal(2, counts["e:b"]);
        Assert.Equal(1, counts["e:c"]);
        Assert.Equal(0, counts.GetValueOrDefault("e:none"));
    }

    [Fact]
    public async Task GetPaperIdsMentioning_PagesNewestFirstThenByIdWithinDates()
    {
        var papers = new[]
        {
            Paper("title:u1", "U1", "Abstract one.", Date(2024, 5, 1)),
            Paper("title:u2", "U2", "Abstract two.", Date(2025, 1, 1)),
            Paper("title:u3", "U3", "Abstract three.", Date(2025, 1, 1)),
            Paper("title:u4", "U4", "Abstract four.", Date(2023, 7, 9)),
            Paper("title:u5", "U5", "Abstract five.", Date(2025, 6, 30)),
            Paper("title:u6", "U6", "Not mentioning.", Date(2025, 2, 2)),
        };
        await Store.UpsertPapersAsync(papers.Select(p => Record(p)).ToList(), Ct);
        await Store.SaveAnnotationsAsync([.. papers.Take(5).Select(p => Mentions(p, "e:used", "e:used")), Mentions(papers[5], "e:other")], Ct);

        async Task<List<string>> PageAllAsync(EntityUsageQuery query)
        {
            var ids = new List<string>();
            for (var i = 0; i < 100; i++)
            {
                var page = await Store.GetPaperIdsMentioningAsync(query, Ct);
                Assert.True(page.Items.Count <= query.First);
                ids.AddRange(page.Items.Select(item => item.Node));
                if (!page.HasNextPage)
                {
                    return ids;
                }

                query = query with { After = page.EndCursor };
            }

            throw new InvalidOperationException("Paging did not end.");
        }

        Assert.Equal(["title:u5", "title:u2", "title:u3", "title:u1", "title:u4"], await PageAllAsync(new EntityUsageQuery("e:used", 2)));
        Assert.Equal(["title:u2", "title:u3", "title:u1"], await PageAllAsync(new EntityUsageQuery("e:used", 1, DateFrom: Date(2024, 1, 1), DateTo: Date(2025, 1, 1))));
        Assert.Empty(await PageAllAsync(new EntityUsageQuery("e:nobody", 3)));
    }

    [Fact]
    public async Task GetPaperIdsMentioning_AfterAPaperIsRedated_FollowsTheNewDate()
    {
        var older = Paper("title:d1", "D1", "Abstract one.", Date(2024, 1, 1));
        var newer = Paper("title:d2", "D2", "Abstract two.", Date(2025, 1, 1));
        await Store.UpsertPapersAsync([Record(older), Record(newer)], Ct);
        await Store.SaveAnnotationsAsync([Mentions(older, "e:dated"), Mentions(newer, "e:dated")], Ct);

        await Store.UpsertPapersAsync([Record(older with { Date = Date(2026, 2, 1) })], Ct);

        var page = await Store.GetPaperIdsMentioningAsync(new EntityUsageQuery("e:dated", 10), Ct);
        Assert.Equal(["title:d1", "title:d2"], page.Items.Select(i => i.Node));
        Assert.Equal([new UsageBucket("2025", 1), new UsageBucket("2026", 1)], await Store.GetUsageByPeriodAsync("e:dated", PeriodGranularity.Year, Ct));
        var inRange = await Store.GetPaperIdsMentioningAsync(new EntityUsageQuery("e:dated", 10, DateFrom: Date(2024, 1, 1), DateTo: Date(2024, 12, 31)), Ct);
        Assert.Empty(inRange.Items);
    }

    [Fact]
    public async Task GetCoMentioned_SharedPapers_OrderedBySharedDescendingThenId()
    {
        var papers = Enumerable.Range(0, 4).Select(i => Paper($"title:co{i}", $"Co {i}", "Long enough abstract text.")).ToList();
        await Store.UpsertPapersAsync(papers.Select(p => Record(p)).ToList(), Ct);
        await Store.SaveAnnotationsAsync(
        [
            Mentions(papers[0], "e:hub", "e:x", "e:y", "e:x"),
            Mentions(papers[1], "e:hub", "e:y", "e:w"),
            Mentions(papers[2], "e:hub", "e:hub", "e:w", "e:z"),
            Mentions(papers[3], "e:x", "e:y", "e:v"),
        ], Ct);

        var all = await Store.GetCoMentionedAsync("e:hub", 10, Ct);
        var top = await Store.GetCoMentionedAsync("e:hub", 2, Ct);

        Assert.Equal([new CoMention("e:w", 2), new CoMention("e:y", 2), new CoMention("e:x", 1), new CoMention("e:z", 1)], all);
        Assert.Equal([new CoMention("e:w", 2), new CoMention("e:y", 2)], top);
        Assert.Empty(await Store.GetCoMentionedAsync("e:nobody", 10, Ct));
    }

    [Fact]
    public async Task GetUsageByPeriod_MonthsAndYears_CountPapersOldestFirstWithoutYearless()
    {
        var papers = new[]
        {
            Paper("title:g1", "G1", "Long enough abstract.", Date(2024, 11, 3)),
            Paper("title:g2", "G2", "Long enough abstract.", Date(2025, 3, 1)),
            Paper("title:g3", "G3", "Long enough abstract.", Date(2025, 3, 28)),
            Paper("title:g4", "G4", "Long enough abstract.", Date(2025, 1, 15)),
            Paper("title:g5", "G5", "Long enough abstract.", new ListingDate(null, 3, 4)),
            Paper("title:g6", "G6", "Long enough abstract."),
            Paper("title:g7", "G7", "Long enough abstract.", Date(2025, 3, 2)),
        };
        await Store.UpsertPapersAsync(papers.Select(p => Record(p)).ToList(), Ct);
        await Store.SaveAnnotationsAsync([.. papers.Take(6).Select(p => Mentions(p, "e:trend", "e:trend")), Mentions(papers[6], "e:else")], Ct);

        var months = await Store.GetUsageByPeriodAsync("e:trend", PeriodGranularity.Month, Ct);
        var years = await Store.GetUsageByPeriodAsync("e:trend", PeriodGranularity.Year, Ct);

        Assert.Equal([new UsageBucket("2024-11", 1), new UsageBucket("2025-01", 1), new UsageBucket("2025-03", 2)], months);
        Assert.Equal([new UsageBucket("2024", 1), new UsageBucket("2025", 3)], years);
        Assert.Empty(await Store.GetUsageByPeriodAsync("e:nobody", PeriodGranularity.Year, Ct));
    }
}
