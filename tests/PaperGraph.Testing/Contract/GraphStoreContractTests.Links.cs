using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task ReplaceLinks_ThenGetBothDirections_OrdersByScoreThenOtherId()
    {
        var ids = new[] { "title:l1", "title:l2", "title:l3", "title:l4", "title:l5" };
        await Store.UpsertPapersAsync(ids.Select(id => Record(Paper(id, "Paper " + id))).ToList(), Ct);
        var l1to3 = Link("title:l1", "title:l3", 0.5, "e:b", "e:a");
        var l1to2 = Link("title:l1", "title:l2", 0.9, "e:a");
        var l1to4 = Link("title:l1", "title:l4", 0.5, "e:c");
        var l5to3 = Link("title:l5", "title:l3", 0.5, "e:a");
        var l2to3 = Link("title:l2", "title:l3", 0.7, "e:d");

        await Store.ReplaceLinksAsync(["title:l1", "title:l5", "title:l2"], [l1to3, l1to2, l1to4, l5to3, l2to3], Ct);

        var outgoing = await Store.GetLinksAsync(["title:l1", "title:l3", "title:missing"], LinkDirection.Outgoing, Ct);
        Assert.Equal([l1to2, l1to3, l1to4], outgoing["title:l1"], LinkComparer);
        Assert.Empty(outgoing.GetValueOrDefault("title:l3") ?? []);
        var incoming = await Store.GetLinksAsync(["title:l3", "title:l2"], LinkDirection.Incoming, Ct);
        Assert.Equal([l2to3, l1to3, l5to3], incoming["title:l3"], LinkComparer);
        Assert.Equal([l1to2], incoming["title:l2"], LinkComparer);
        Assert.Equal(5, (await Store.GetStatsAsync(Ct)).Links);

        // Both ways in one read: each paper's outgoing links, then its incoming ones, as the two reads give them.
        var asked = new[] { "title:l2", "title:l3", "title:l1", "title:missing" };
        var both = await Store.GetLinksAsync(asked, LinkDirection.Both, Ct);
        var oneWay = (await Store.GetLinksAsync(asked, LinkDirection.Outgoing, Ct), await Store.GetLinksAsync(asked, LinkDirection.Incoming, Ct));
        Assert.Equal(["title:l1", "title:l2", "title:l3"], both.Keys.Order(StringComparer.Ordinal));
        foreach (var id in both.Keys)
        {
            Assert.Equal([.. oneWay.Item1.GetValueOrDefault(id) ?? [], .. oneWay.Item2.GetValueOrDefault(id) ?? []], both[id], LinkComparer);
        }

        Assert.Equal([l2to3, l1to2], both["title:l2"], LinkComparer);
    }

    [Fact]
    public async Task GetPapersAndEntities_OneRead_EqualsTheTwoReads()
    {
        var papers = new[] { Paper("title:n1", "Node one"), Paper("title:n2", "Node two") };
        await Store.UpsertPapersAsync(papers.Select(p => Record(p)).ToList(), Ct);
        await Store.UpsertEntitiesAsync([Entity("e:n1", "NodeNet"), Entity("e:n2", "NodeSet", EntityKind.Dataset, "NS")], Ct);
        string[] paperIds = ["title:n2", "title:n1", "title:missing"];
        string[] entityIds = ["e:n2", "e:missing", "e:n1"];

        var both = await Store.GetPapersAndEntitiesAsync(paperIds, entityIds, Ct);
        var onlyPapers = await Store.GetPapersAndEntitiesAsync(paperIds, [], Ct);
        var onlyEntities = await Store.GetPapersAndEntitiesAsync([], entityIds, Ct);

        var (separatePapers, separateEntities) = (await Store.GetPapersAsync(paperIds, Ct), await Store.GetEntitiesAsync(entityIds, Ct));
        foreach (var records in new[] { both.Papers, onlyPapers.Papers })
        {
            Assert.Equal(separatePapers.Keys.Order(StringComparer.Ordinal), records.Keys.Order(StringComparer.Ordinal));
            Assert.All(records, pair => Assert.True(separatePapers[pair.Key].SameContentAs(pair.Value)));
        }

        foreach (var records in new[] { both.Entities, onlyEntities.Entities })
        {
            Assert.Equal(separateEntities.Keys.Order(StringComparer.Ordinal), records.Keys.Order(StringComparer.Ordinal));
            Assert.All(records, pair => Assert.Equal(separateEntities[pair.Key].Name, pair.Value.Name));
            Assert.All(records, pair => Assert.Equal(separateEntities[pair.Key].Aliases, pair.Value.Aliases));
        }

        Assert.Empty(onlyPapers.Entities);
        Assert.Empty(onlyEntities.Papers);
    }

    [Fact]
    public async Task ReplaceLinks_Again_DropsOldOutgoingLinksOfThosePapersOnly()
    {
        var ids = new[] { "title:r1", "title:r2", "title:r3" };
        await Store.UpsertPapersAsync(ids.Select(id => Record(Paper(id, "Paper " + id))).ToList(), Ct);
        await Store.ReplaceLinksAsync(["title:r1", "title:r2"], [Link("title:r1", "title:r2", 0.4, "e:a"), Link("title:r2", "title:r3", 0.6, "e:b")], Ct);
        var replacement = Link("title:r1", "title:r3", 0.8, "e:c");

        await Store.ReplaceLinksAsync(["title:r1"], [replacement], Ct);
        await Store.ReplaceLinksAsync(["title:r3"], [], Ct);

        var outgoing = await Store.GetLinksAsync(ids, LinkDirection.Outgoing, Ct);
        Assert.Equal([replacement], outgoing["title:r1"], LinkComparer);
        Assert.Equal([Link("title:r2", "title:r3", 0.6, "e:b")], outgoing["title:r2"], LinkComparer);
        Assert.Empty((await Store.GetLinksAsync(["title:r2"], LinkDirection.Incoming, Ct)).GetValueOrDefault("title:r2") ?? []);
        Assert.Equal(2, (await Store.GetStatsAsync(Ct)).Links);
    }

    /// <summary>Links hold a list, which record equality compares by reference.</summary>
    private static readonly IEqualityComparer<PaperLink> LinkComparer = EqualityComparer<PaperLink>.Create(
        (a, b) => a is not null && b is not null && (a.CitingPaperId, a.CitedPaperId, a.Kind, a.Score, a.Reason) == (b.CitingPaperId, b.CitedPaperId, b.Kind, b.Score, b.Reason) && a.ViaEntityIds.SequenceEqual(b.ViaEntityIds),
        link => HashCode.Combine(link.CitingPaperId, link.CitedPaperId));
}
