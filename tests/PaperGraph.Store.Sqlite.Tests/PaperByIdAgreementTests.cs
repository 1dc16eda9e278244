using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Graph;
using PaperGraph.Testing;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Store.Sqlite.Tests;

/// <summary>
/// One paper by id goes through a statement prepared once on a kept connection (<see cref="PreparedReads"/>); several
/// ids go through the plain batched statement. Both give the same paper, under concurrent callers (more than the
/// connections kept), after the row changes, and for an id that is not there; the store still lets its file go.
/// </summary>
public sealed class PaperByIdAgreementTests
{
    private static readonly Paper[] Papers = [.. Enumerable.Range(0, 40).Select(i => Paper(
        $"p{i:D3}",
        title: $"Title {i}",
        @abstract: $"Abstract {i}.",
        date: i % 3 == 0 ? null : Date(2025, 1 + (i % 12), 1 + (i % 28)),
        arxivId: i % 2 == 0 ? $"2501.{i:D5}" : null,
        authors: [.. Enumerable.Range(0, i % 4).Select(a => $"Author {a} of {i}")]))];

    [Fact]
    public async Task GetPapers_OneId_IsWhatTheBatchedReadGives()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreAsync(temp.File("byid.db"));
        var batched = await store.GetPapersAsync([.. Papers.Select(p => p.Id)], ct);
        Assert.Equal(Papers.Length, batched.Count);
        foreach (var paper in Papers)
        {
            var single = Assert.Single(await store.GetPapersAsync([paper.Id], ct));
            Assert.Equal(paper.Id, single.Key);
            AssertSame(batched[paper.Id], single.Value);
        }

        Assert.Empty(await store.GetPapersAsync(["p999"], ct));
    }

    [Fact]
    public async Task GetPapers_OneIdFromManyCallersAtOnce_EachGetsItsOwnPaper()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreAsync(temp.File("concurrent.db"));
        var batched = await store.GetPapersAsync([.. Papers.Select(p => p.Id)], ct);
        var reads = Enumerable.Range(0, 400).Select(i => Task.Run(async () => (Id: Papers[i % Papers.Length].Id, Got: await store.GetPapersAsync([Papers[i % Papers.Length].Id], ct)), ct));
        foreach (var (id, got) in await Task.WhenAll(reads))
        {
            AssertSame(batched[id], Assert.Single(got).Value);
        }
    }

    [Fact]
    public async Task GetPapersWithoutAbstracts_OneIdFromManyCallersMixedWithWholeReads_EachGetsItsOwnPaper()
    {
        // Both statements share the kept connections: callers of either, interleaved, get their own paper.
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreAsync(temp.File("lean.db"));
        var batched = await store.GetPapersAsync([.. Papers.Select(p => p.Id)], ct);
        var reads = Enumerable.Range(0, 400).Select(i => Task.Run(async () =>
        {
            var id = Papers[i % Papers.Length].Id;
            var lean = i % 2 == 0;
            var got = lean ? await store.GetPapersWithoutAbstractsAsync([id], ct) : await store.GetPapersAsync([id], ct);
            return (Id: id, Lean: lean, Got: got);
        }, ct));
        foreach (var (id, lean, got) in await Task.WhenAll(reads))
        {
            AssertSame(lean ? batched[id] with { Abstract = "" } : batched[id], Assert.Single(got).Value);
        }
    }

    [Fact]
    public async Task GetPapers_OneIdAfterTheRowChanged_ReadsTheNewRow()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreAsync(temp.File("changed.db"));
        Assert.Equal("Title 7", (await store.GetPapersAsync(["p007"], ct))["p007"].Title);
        await store.UpsertPapersAsync([Record(Papers[7] with { Title = "Title seven" }, line: 1)], ct);
        Assert.Equal("Title seven", (await store.GetPapersAsync(["p007"], ct))["p007"].Title);
    }

    [Fact]
    public async Task Dispose_AfterOneIdReads_ClosesTheFile()
    {
        using var temp = new TempDirectory();
        var database = temp.File("released.db");
        await using (var store = await StoreAsync(database))
        {
            await Task.WhenAll(Enumerable.Range(0, 20).Select(i => store.GetPapersAsync([Papers[i].Id], TestContext.Current.CancellationToken)));
            Assert.NotEmpty(OpenHandles(database));
        }

        // The connections kept with their prepared statements are closed with the store, not left to the process.
        Assert.Empty(OpenHandles(database));
    }

    /// <summary>This process's file descriptors on the database file (Linux: /proc/self/fd).</summary>
    private static string[] OpenHandles(string database) =>
        [.. new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Select(fd => fd.LinkTarget).OfType<string>().Where(target => target == Path.GetFullPath(database))];

    private static async Task<SqliteGraphStore> StoreAsync(string database)
    {
        var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = database }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        await store.UpsertPapersAsync([.. Papers.Select((p, i) => Record(p, line: i + 1))], TestContext.Current.CancellationToken);
        return store;
    }

    private static void AssertSame(Paper expected, Paper actual) =>
        Assert.True(expected.SameContentAs(actual), $"{expected.Id}: the one-id read differs from the batched read");
}
