using System.Text;
using PaperGraph.Core.Samples;
using PaperGraph.Testing;
using PaperGraph.Ingestion.Tests.Infrastructure;

namespace PaperGraph.Ingestion.Tests.Inbox;

/// <summary>The inbox worker in a real host over a real SQLite file.</summary>
public sealed class InboxWatcherTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SamplePages_DroppedIntoInbox_AllPapersStoredWithReceiptsAndDroppingAgainChangesNothing()
    {
        using var temp = new TempDirectory();
        var inbox = new InboxLayout(temp.File("inbox"));
        await using var host = await WorkerHost.StartAsync(temp.File("pg.db"), inbox.Root);
        var ct = TestContext.Current.CancellationToken;

        Drop(SampleCorpus.ExtractTo(temp.File("staging")), inbox.Root);
        await Eventually.TrueAsync(() => inbox.Receipts().Length == 5, Timeout, "five receipts");
        var first = await host.Store.GetStatsAsync(ct);
        var receipts = inbox.Receipts().Select(InboxLayout.ReadJson).ToArray();

        Assert.Equal(372, first.Papers);
        Assert.Equal(SampleCorpus.FileNames.Select(n => n + ".receipt.json"), inbox.Receipts().Select(Path.GetFileName));
        Assert.All(SampleCorpus.FileNames, name => Assert.True(File.Exists(Path.Combine(inbox.Done, name)), name));
        Assert.Empty(inbox.WaitingOrProcessing());
        var paperIds = receipts.SelectMany(r => r.GetProperty("paperIds").EnumerateArray().Select(id => id.GetString()!)).ToHashSet();
        Assert.Equal(372, paperIds.Count);
        Assert.Equal(372, receipts.Sum(r => r.GetProperty("created").GetInt64()));
        Assert.All(receipts, r => Assert.True(r.GetProperty("durationMs").GetDouble() > 0));
        var stored = await host.Store.GetPapersAsync(paperIds, ct);
        Assert.Equal(372, stored.Count);

        Drop(SampleCorpus.ExtractTo(temp.File("staging")), inbox.Root);
        await Eventually.TrueAsync(() => inbox.Receipts().Length == 10, Timeout, "ten receipts");
        var again = inbox.Receipts().Where(r => Path.GetFileName(r).Contains('~', StringComparison.Ordinal)).Select(InboxLayout.ReadJson).ToArray();

        Assert.Equal(first, await host.Store.GetStatsAsync(ct));
        Assert.Equal(5, again.Length);
        // Some papers are listed on two pages with different text; each re-read page "updates" them to its
        // version, but pages are taken in name order, so the last page wins again and the end state is the same.
        Assert.All(again, r => Assert.Equal(0, r.GetProperty("created").GetInt64()));
        var restored = await host.Store.GetPapersAsync(paperIds, ct);
        Assert.All(stored, pair => Assert.True(pair.Value.SameContentAs(restored[pair.Key]), pair.Key));
        var sources = await host.Store.GetSourcesAsync(paperIds, ct);
        Assert.All(sources.Values, s => Assert.Equal(s.Count, s.DistinctBy(x => (x.Source, x.Line, x.ContentHash)).Count()));
    }

    [Fact]
    public async Task FileWithBadRecords_Dropped_GoodStoredBadQuarantinedWithReasonsFileDone()
    {
        using var temp = new TempDirectory();
        var inbox = new InboxLayout(temp.File("inbox"));
        await using var host = await WorkerHost.StartAsync(temp.File("pg.db"), inbox.Root);
        var ct = TestContext.Current.CancellationToken;
        var lines = SyntheticPapers.Jsonl(0, 3) + "{\"title\": \"No abstract here\"}\n[1, 2]\n";
        await File.WriteAllTextAsync(Path.Combine(inbox.Root, "mixed.jsonl"), lines, ct);

        await Eventually.TrueAsync(() => inbox.Receipts().Length == 1, Timeout, "a receipt");
        var receipt = InboxLayout.ReadJson(Path.Combine(inbox.Done, "mixed.jsonl.receipt.json"));
        var quarantine = await host.Store.ListQuarantineAsync(10, null, ct);

        Assert.True(File.Exists(Path.Combine(inbox.Done, "mixed.jsonl")));
        Assert.Equal(3, receipt.GetProperty("created").GetInt64());
        Assert.Equal(2, receipt.GetProperty("quarantined").GetInt64());
        var listed = receipt.GetProperty("quarantinedRecords").EnumerateArray()
            .Select(q => (q.GetProperty("id").GetString(), q.GetProperty("line").GetInt64(), q.GetProperty("reasonCode").GetString())).ToArray();
        Assert.Equal([4L, 5L], listed.Select(q => q.Item2));
        Assert.Equal(["empty-abstract", "not-an-object"], listed.Select(q => q.Item3));
        Assert.Equal(listed.Select(q => q.Item1).Order(StringComparer.Ordinal), quarantine.Items.Select(i => i.Node.Id).Order(StringComparer.Ordinal));
        Assert.All(quarantine.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Node.Reason)));
        Assert.Equal(3, (await host.Store.GetStatsAsync(ct)).Papers);
    }

    [Fact]
    public async Task BinaryFile_Dropped_LandsInFailedWithItsReason()
    {
        using var temp = new TempDirectory();
        var inbox = new InboxLayout(temp.File("inbox"));
        await using var host = await WorkerHost.StartAsync(temp.File("pg.db"), inbox.Root);
        var ct = TestContext.Current.CancellationToken;
        await File.WriteAllBytesAsync(Path.Combine(inbox.Root, "photo.jpg"), [0xFF, 0xD8, 0xFF, 0x00, 0x10, 0x4A, 0x46, 0x00, 0x00], ct);

        await Eventually.TrueAsync(() => inbox.Errors().Length == 1, Timeout, "an error file");
        var error = InboxLayout.ReadJson(Path.Combine(inbox.Failed, "photo.jpg.error.json"));

        Assert.True(File.Exists(Path.Combine(inbox.Failed, "photo.jpg")));
        Assert.Empty(inbox.Receipts());
        Assert.Equal("photo.jpg", error.GetProperty("file").GetString());
        Assert.StartsWith("binary-file:", error.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await host.Store.GetStatsAsync(ct)).Papers);
        Assert.Equal(1, host.Status.Snapshot().Failed);
    }

    [Fact]
    public async Task FileStillBeingWritten_NotClaimedUntilComplete()
    {
        using var temp = new TempDirectory();
        var inbox = new InboxLayout(temp.File("inbox"));
        await using var host = await WorkerHost.StartAsync(temp.File("pg.db"), inbox.Root);
        var ct = TestContext.Current.CancellationToken;
        var text = Encoding.UTF8.GetBytes(SyntheticPapers.Jsonl(0, 40));
        var path = Path.Combine(inbox.Root, "slow.jsonl");

        await using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            await writer.WriteAsync(text.AsMemory(0, text.Length / 2), ct);
            await writer.FlushAsync(ct);
            await Task.Delay(1_000, ct); // many stability intervals: size is stable, but the writer holds it
            Assert.True(File.Exists(path), "claimed while still open for writing");
            await writer.WriteAsync(text.AsMemory(text.Length / 2), ct);
        }

        await Eventually.TrueAsync(() => inbox.Receipts().Length == 1, Timeout, "a receipt");
        Assert.Equal(40, (await host.Store.GetStatsAsync(ct)).Papers);
        Assert.Empty((await host.Store.ListQuarantineAsync(10, null, ct)).Items);
    }

    /// <summary>Moves finished files in, as a careful producer does (write elsewhere, then rename).</summary>
    private static void Drop(IEnumerable<string> files, string inbox)
    {
        foreach (var file in files)
        {
            File.Move(file, Path.Combine(inbox, Path.GetFileName(file)));
        }
    }
}
