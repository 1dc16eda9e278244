using PaperGraph.Testing;
using PaperGraph.Ingestion.Tests.Infrastructure;

namespace PaperGraph.Ingestion.Tests.Inbox;

/// <summary>Two workers (two hosts, two store instances) on one inbox and one database file.</summary>
public sealed class TwoWorkersTests
{
    [Fact]
    public async Task TwoWorkers_TwentyFiles_EachFileIngestedExactlyOnce()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var inbox = new InboxLayout(temp.File("inbox"));
        var database = temp.File("pg.db");
        await using var a = await WorkerHost.StartAsync(database, inbox.Root, "worker-a");
        await using var b = await WorkerHost.StartAsync(database, inbox.Root, "worker-b");
        var staging = Directory.CreateDirectory(temp.File("staging")).FullName;
        for (var i = 0; i < 20; i++)
        {
            var name = $"batch-{i:D2}.jsonl";
            await File.WriteAllTextAsync(Path.Combine(staging, name), SyntheticPapers.Jsonl(i * 25, 25), ct);
        }

        foreach (var file in Directory.EnumerateFiles(staging))
        {
            File.Move(file, Path.Combine(inbox.Root, Path.GetFileName(file)));
        }

        await Eventually.TrueAsync(() => inbox.Receipts().Length >= 20 && inbox.WaitingOrProcessing().Length == 0, TimeSpan.FromSeconds(90), "20 receipts");
        await Task.Delay(1_000, ct); // a double ingestion would add a receipt late
        var receipts = inbox.Receipts().Select(InboxLayout.ReadJson).ToArray();
        var ids = receipts.SelectMany(r => r.GetProperty("paperIds").EnumerateArray().Select(e => e.GetString()!)).ToArray();
        var sources = await a.Store.GetSourcesAsync(ids, ct);

        Assert.Equal(20, receipts.Length);
        Assert.Equal(20, receipts.Select(r => r.GetProperty("file").GetString()).Distinct().Count());
        Assert.All(receipts, r => Assert.Equal(25, r.GetProperty("created").GetInt64()));
        Assert.Equal(500, ids.Distinct().Count());
        Assert.Equal(500, sources.Values.Sum(s => s.Count));
        Assert.Equal(500, (await b.Store.GetStatsAsync(ct)).Papers);
        Assert.True(a.Status.Snapshot().Done > 0 && b.Status.Snapshot().Done > 0, "both workers took files");
        Assert.Equal(20, a.Status.Snapshot().Done + b.Status.Snapshot().Done);
    }

    [Fact]
    public async Task Worker_HoldsNoMoreThanMaxClaimedFiles_TheRestWaitInTheInbox()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var inbox = new InboxLayout(temp.File("inbox"));
        await using var worker = await WorkerHost.StartAsync(temp.File("pg.db"), inbox.Root, "worker-a", maxClaimedFiles: 1);
        var staging = Directory.CreateDirectory(temp.File("staging")).FullName;
        for (var i = 0; i < 8; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(staging, $"batch-{i:D2}.jsonl"), SyntheticPapers.Jsonl(i * 200, 200), ct);
        }

        foreach (var file in Directory.EnumerateFiles(staging))
        {
            File.Move(file, Path.Combine(inbox.Root, Path.GetFileName(file)));
        }

        // Without the bound the first sweep claims all eight at once; with it processing/ never holds two.
        var mostHeld = 0;
        var processing = Path.Combine(inbox.Root, "processing");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (inbox.Receipts().Length < 8 && DateTime.UtcNow < deadline)
        {
            var held = Directory.Exists(processing)
                ? Directory.EnumerateFiles(processing, "*", SearchOption.AllDirectories).Count(f => !f.EndsWith(".lock", StringComparison.Ordinal))
                : 0;
            mostHeld = Math.Max(mostHeld, held);
            await Task.Delay(5, ct);
        }

        Assert.Equal(8, inbox.Receipts().Length);
        Assert.InRange(mostHeld, 1, 1);
    }
}
