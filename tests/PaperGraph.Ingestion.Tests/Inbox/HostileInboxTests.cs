using System.Diagnostics;
using PaperGraph.Ingestion.Tests.Infrastructure;
using PaperGraph.Testing;

namespace PaperGraph.Ingestion.Tests.Inbox;

/// <summary>What an attacker or a careless tool can put in the inbox: each is refused or read whole, and the worker keeps going.</summary>
public sealed class HostileInboxTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SymbolicLink_ToFileOutsideInbox_NeverClaimedNorRead()
    {
        using var temp = new TempDirectory();
        var inbox = new InboxLayout(temp.File("inbox"));
        Directory.CreateDirectory(inbox.Root);
        var secret = temp.File("secret.jsonl");
        await File.WriteAllTextAsync(secret, SyntheticPapers.Jsonl(100, 5, "secret"), TestContext.Current.CancellationToken);
        File.CreateSymbolicLink(Path.Combine(inbox.Root, "link.jsonl"), secret);
        await using var host = await WorkerHost.StartAsync(temp.File("pg.db"), inbox.Root);

        await DropAndWaitAsync(inbox, "good.jsonl", SyntheticPapers.Jsonl(0, 2));

        Assert.Equal(2, (await host.Store.GetStatsAsync(TestContext.Current.CancellationToken)).Papers);
        Assert.NotNull(new FileInfo(Path.Combine(inbox.Root, "link.jsonl")).LinkTarget);
        Assert.Empty(inbox.Errors());
    }

    [Fact]
    public async Task Fifo_InInbox_IgnoredAndLaterFilesIngested()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs are made with mkfifo on Linux.");
        using var temp = new TempDirectory();
        var inbox = new InboxLayout(temp.File("inbox"));
        Directory.CreateDirectory(inbox.Root);
        var fifo = Path.Combine(inbox.Root, "pipe.jsonl");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, mkfifo.ExitCode);
        }

        await using var host = await WorkerHost.StartAsync(temp.File("pg.db"), inbox.Root);

        await DropAndWaitAsync(inbox, "good.jsonl", SyntheticPapers.Jsonl(0, 3));

        Assert.Equal(3, (await host.Store.GetStatsAsync(TestContext.Current.CancellationToken)).Papers);
        Assert.True(File.Exists(fifo), "the FIFO is left where it is");
    }

    [Fact]
    public async Task SlowWriter_PausesShorterThanStability_FileReadWhole()
    {
        using var temp = new TempDirectory();
        var inbox = new InboxLayout(temp.File("inbox"));
        await using var host = await WorkerHost.StartAsync(temp.File("pg.db"), inbox.Root, stability: TimeSpan.FromSeconds(1.5));
        var ct = TestContext.Current.CancellationToken;

        await using (var writer = new StreamWriter(Path.Combine(inbox.Root, "slow.jsonl")))
        {
            await writer.WriteAsync(SyntheticPapers.Jsonl(0, 2));
            await writer.FlushAsync(ct);
            await Task.Delay(700, ct); // longer than the old 250 ms stability interval
            await writer.WriteAsync(SyntheticPapers.Jsonl(2, 8));
        }

        await Eventually.TrueAsync(() => inbox.Receipts().Length == 1, Timeout, "a receipt");

        var receipt = InboxLayout.ReadJson(Assert.Single(inbox.Receipts()));
        Assert.Equal(10, receipt.GetProperty("created").GetInt64());
        Assert.Equal(10, (await host.Store.GetStatsAsync(ct)).Papers);
    }

    [Fact]
    public async Task LongAndOddNames_Dropped_ClaimedAndDoneWithPrintableLogNames()
    {
        using var temp = new TempDirectory();
        var inbox = new InboxLayout(temp.File("inbox"));
        await using var host = await WorkerHost.StartAsync(temp.File("pg.db"), inbox.Root);
        var longName = new string('n', 240) + ".jsonl";
        var oddName = "evil\nINF forged \u001b[31mred\u202E.jsonl";

        await File.WriteAllTextAsync(Path.Combine(inbox.Root, longName), SyntheticPapers.Jsonl(0, 2), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(inbox.Root, oddName), SyntheticPapers.Jsonl(2, 2), TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => inbox.Receipts().Length == 2, Timeout, "two receipts");

        Assert.Equal(4, (await host.Store.GetStatsAsync(TestContext.Current.CancellationToken)).Papers);
        Assert.Empty(inbox.WaitingOrProcessing());
        Assert.Contains(inbox.Receipts(), r => Path.GetFileName(r).StartsWith(new string('n', 100), StringComparison.Ordinal));
        var sources = await host.Store.GetSourcesAsync(["arxiv:2401.00002"], TestContext.Current.CancellationToken);
        var source = Assert.Single(sources["arxiv:2401.00002"]).Source;
        Assert.DoesNotContain(source, c => char.IsControl(c) || c == '\u202E');
    }

    [Fact]
    public async Task File_DeletedWhileProcessing_FailedWithReasonNeverDone()
    {
        using var temp = new TempDirectory();
        var inbox = new InboxLayout(temp.File("inbox"));
        await using var host = await WorkerHost.StartAsync(temp.File("pg.db"), inbox.Root);
        var ct = TestContext.Current.CancellationToken;
        var processing = Path.Combine(inbox.Root, "processing");

        await File.WriteAllTextAsync(Path.Combine(inbox.Root, "big.jsonl"), SyntheticPapers.Jsonl(0, 3_000), ct);
        string? claimed = null;
        await Eventually.TrueAsync(() => (claimed = Directory.EnumerateFiles(processing, "*big.jsonl", SearchOption.AllDirectories).FirstOrDefault()) is not null, Timeout, "the claim");
        File.Delete(claimed!);
        await Eventually.TrueAsync(() => inbox.Errors().Length == 1, Timeout, "an error receipt");

        Assert.Empty(inbox.Receipts());
        Assert.Contains("deleted", InboxLayout.ReadJson(inbox.Errors()[0]).GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    private static async Task DropAndWaitAsync(InboxLayout inbox, string name, string content)
    {
        await File.WriteAllTextAsync(Path.Combine(inbox.Root, name), content, TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => inbox.Receipts().Length == 1, Timeout, "a receipt");
    }
}
