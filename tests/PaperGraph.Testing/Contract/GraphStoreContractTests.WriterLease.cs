using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

public abstract partial class GraphStoreContractTests
{
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task UpsertPapers_CreatedOrChanged_ArePendingUntilMarkedLinked()
    {
        var (a, b, c) = (Paper("p:a"), Paper("p:b"), Paper("p:c"));
        await Store.UpsertPapersAsync([Record(a), Record(b), Record(c)], Ct);
        Assert.Equal(["p:a", "p:b", "p:c"], await Store.GetLinkPendingPaperIdsAsync(10, Ct));
        Assert.Equal(["p:a", "p:b"], await Store.GetLinkPendingPaperIdsAsync(2, Ct));

        await Store.MarkLinkedAsync(["p:a", "p:c", "p:unknown"], Ct);
        Assert.Equal(["p:b"], await Store.GetLinkPendingPaperIdsAsync(10, Ct));

        // Unchanged: stays linked. Changed: pending again.
        await Store.UpsertPapersAsync([Record(a, line: 2), Record(c with { Title = "A changed paper" })], Ct);
        Assert.Equal(["p:b", "p:c"], await Store.GetLinkPendingPaperIdsAsync(10, Ct));
    }

    [Fact]
    public async Task CheckWritable_WritableStore_CompletesAndWritesNothing()
    {
        await Store.UpsertPapersAsync([Record(Paper("p:a"))], Ct);
        var before = await Store.GetStatsAsync(Ct);

        await Store.CheckWritableAsync(Ct); // readiness runs it every few seconds, beside the writer
        var lease = await Store.TryAcquireWriterLeaseAsync("host:1:a", LeaseDuration, null, Ct);

        Assert.Equal(before, await Store.GetStatsAsync(Ct));
        Assert.Equal(new(true, "host:1:a", null), lease); // the probe neither took nor left a lease
        Assert.Equal(["p:a"], await Store.GetLinkPendingPaperIdsAsync(10, Ct));
    }

    [Fact]
    public async Task TryAcquireWriterLease_HeldByAnother_RefusedUntilReleased()
    {
        var first = await Store.TryAcquireWriterLeaseAsync("host:1:a", LeaseDuration, null, Ct);
        var second = await Store.TryAcquireWriterLeaseAsync("host:2:b", LeaseDuration, null, Ct);
        var renewed = await Store.TryAcquireWriterLeaseAsync("host:1:a", LeaseDuration, null, Ct);
        await Store.ReleaseWriterLeaseAsync("host:2:b", Ct); // not its lease: nothing happens
        var stillRefused = await Store.TryAcquireWriterLeaseAsync("host:2:b", LeaseDuration, null, Ct);
        await Store.ReleaseWriterLeaseAsync("host:1:a", Ct);
        var afterRelease = await Store.TryAcquireWriterLeaseAsync("host:2:b", LeaseDuration, null, Ct);

        Assert.Equal(new(true, "host:1:a", null), first);
        Assert.Equal(new(false, "host:1:a", "host:1:a"), second);
        Assert.Equal(new(true, "host:1:a", "host:1:a"), renewed);
        Assert.False(stillRefused.Acquired);
        Assert.Equal(new(true, "host:2:b", "host:1:a"), afterRelease);
    }

    [Fact]
    public async Task TryAcquireWriterLease_Expired_GrantedToAnother()
    {
        Assert.True((await Store.TryAcquireWriterLeaseAsync("host:1:a", TimeSpan.FromMilliseconds(300), null, Ct)).Acquired);
        await Task.Delay(TimeSpan.FromMilliseconds(1_000), Ct);

        Assert.Equal(new(true, "host:2:b", "host:1:a"), await Store.TryAcquireWriterLeaseAsync("host:2:b", LeaseDuration, null, Ct));
    }

    [Fact]
    public async Task TryAcquireWriterLease_TakeOverFrom_OnlyFromThatHolder()
    {
        await Store.TryAcquireWriterLeaseAsync("host:1:a", LeaseDuration, null, Ct);

        var wrongHolder = await Store.TryAcquireWriterLeaseAsync("host:2:b", LeaseDuration, "host:9:z", Ct);
        var takeOver = await Store.TryAcquireWriterLeaseAsync("host:2:b", LeaseDuration, "host:1:a", Ct);
        var lateTakeOver = await Store.TryAcquireWriterLeaseAsync("host:3:c", LeaseDuration, "host:1:a", Ct);

        Assert.False(wrongHolder.Acquired);
        Assert.Equal(new(true, "host:2:b", "host:1:a"), takeOver);
        Assert.Equal(new(false, "host:2:b", "host:2:b"), lateTakeOver);
    }

    [Fact]
    public async Task TryAcquireWriterLease_ManyContendersAtOnce_ExactlyOneGranted()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => Store.TryAcquireWriterLeaseAsync($"host:{i}:n", LeaseDuration, null, Ct), Ct)));

        var winner = Assert.Single(attempts, a => a.Acquired);
        Assert.All(attempts.Where(a => !a.Acquired), a => Assert.Equal(winner.Holder, a.Holder));
    }
}
