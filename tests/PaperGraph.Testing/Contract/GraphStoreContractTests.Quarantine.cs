using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task AddQuarantine_SameIdTwice_KeepsTheFirstRecordExactly()
    {
        var first = Quarantine("q:1", T0);
        var again = Quarantine("q:1", T0.AddDays(1), "invalid-utf8") with { Raw = [1, 2, 3], Line = null, Offset = null };

        await Store.AddQuarantineAsync([first], Ct);
        await Store.AddQuarantineAsync([again], Ct);

        var page = await Store.ListQuarantineAsync(10, null, Ct);
        var stored = Assert.Single(page.Items).Node;
        Assert.Equal(first, stored, QuarantineComparer);
        Assert.Equal(first.Raw, stored.Raw);
        Assert.Equal(1, (await Store.GetStatsAsync(Ct)).Quarantined);
    }

    [Fact]
    public async Task ListQuarantine_Paging_OldestFirstThenByIdWithoutGaps()
    {
        var records = new[]
        {
            Quarantine("q:c", T0.AddMinutes(2)),
            Quarantine("q:b", T0),
            Quarantine("q:a", T0.AddMinutes(2)),
            Quarantine("q:e", T0.AddMinutes(1)) with { Line = null, Offset = null },
            Quarantine("q:d", T0.AddMinutes(3)),
        };
        await Store.AddQuarantineAsync(records, Ct);

        var ids = new List<string>();
        string? after = null;
        for (var i = 0; i < 10; i++)
        {
            var page = await Store.ListQuarantineAsync(2, after, Ct);
            Assert.True(page.Items.Count <= 2);
            ids.AddRange(page.Items.Select(item => item.Node.Id));
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.EndCursor;
        }

        Assert.Equal(["q:b", "q:e", "q:a", "q:c", "q:d"], ids);
        var withoutLine = (await Store.ListQuarantineAsync(10, null, Ct)).Items.Single(item => item.Node.Id == "q:e").Node;
        Assert.Null(withoutLine.Line);
        Assert.Null(withoutLine.Offset);
    }

    [Fact]
    public async Task RemoveQuarantine_SomeIds_RemovesOnlyThose()
    {
        await Store.AddQuarantineAsync([Quarantine("q:1", T0), Quarantine("q:2", T0), Quarantine("q:3", T0)], Ct);

        await Store.RemoveQuarantineAsync(["q:1", "q:3", "q:missing"], Ct);

        Assert.Equal(["q:2"], (await Store.ListQuarantineAsync(10, null, Ct)).Items.Select(i => i.Node.Id));
        Assert.Equal(1, (await Store.GetStatsAsync(Ct)).Quarantined);
    }

    [Fact]
    public async Task GetStats_EmptyAndFilled_CountsEachKind()
    {
        Assert.Equal(new StoreStats(0, 0, 0, 0, 0), await Store.GetStatsAsync(Ct));
        var p1 = Paper("title:s1", "S1", "Long enough abstract.");
        var p2 = Paper("title:s2", "S2", "Long enough abstract.");
        await Store.UpsertPapersAsync([Record(p1), Record(p2), Record(p1, "other.jsonl")], Ct);
        await Store.UpsertEntitiesAsync([Entity("e:1", "One"), Entity("e:2", "Two"), Entity("e:3", "Three", EntityKind.Task)], Ct);
        await Store.SaveAnnotationsAsync([Mentions(p1, "e:1", "e:2"), Mentions(p2, "e:1")], Ct);
        await Store.ReplaceLinksAsync([p1.Id], [Link(p1.Id, p2.Id, 0.5, "e:1")], Ct);
        await Store.AddQuarantineAsync([Quarantine("q:1", T0), Quarantine("q:2", T0)], Ct);

        Assert.Equal(new StoreStats(2, 3, 3, 1, 2), await Store.GetStatsAsync(Ct));
    }

    private static readonly IEqualityComparer<QuarantineRecord> QuarantineComparer = EqualityComparer<QuarantineRecord>.Create(
        (a, b) => a is not null && b is not null && (a.Id, a.Source, a.Line, a.Offset, a.ReasonCode, a.Reason, a.Format, a.QuarantinedAt)
            == (b.Id, b.Source, b.Line, b.Offset, b.ReasonCode, b.Reason, b.Format, b.QuarantinedAt),
        record => record.Id.GetHashCode(StringComparison.Ordinal));
}
