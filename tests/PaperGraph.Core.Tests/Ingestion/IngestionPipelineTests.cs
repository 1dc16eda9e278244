using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Samples;
using static PaperGraph.Core.Tests.Ingestion.ListingSamples;

namespace PaperGraph.Core.Tests.Ingestion;

public sealed class IngestionPipelineTests
{
    [Fact]
    public async Task RunAsync_SamplePagesTwice_SecondRunAddsNothing()
    {
        await using var harness = await SqliteIngestion.CreateAsync();
        var folder = Path.Combine(harness.Folder, "samples");
        SampleCorpus.ExtractTo(folder);

        var first = await harness.IngestAsync(folder);
        var papersAfterFirst = await harness.PapersAsync();
        var provenanceAfterFirst = await harness.ProvenanceCountAsync();
        var second = await harness.IngestAsync(folder);

        Assert.Equal(5, first.Files);
        Assert.Equal(372, first.PapersCreated);
        Assert.Equal(204 + 72 + 73 + 42 + 65, first.Papers);
        Assert.Equal(0, first.Quarantined);
        Assert.Equal(0, second.PapersCreated);
        Assert.Equal(first.Papers, second.Papers);
        Assert.Equal(372, (await harness.StatsAsync()).Papers);
        Assert.Equal(0, (await harness.StatsAsync()).Quarantined);
        Assert.Equal(papersAfterFirst.Select(p => p.Id), (await harness.PapersAsync()).Select(p => p.Id));
        Assert.Equal(provenanceAfterFirst, await harness.ProvenanceCountAsync());
        Assert.Equal(first.Papers, provenanceAfterFirst);
    }

    [Theory]
    [MemberData(nameof(BadInputCase.Names), MemberType = typeof(BadInputCase))]
    public async Task RunAsync_FileWithOneBadRecord_StoresQuarantineRowAndGoodRecords(string caseName)
    {
        var bad = BadInputCase.All[caseName];
        await using var harness = await SqliteIngestion.CreateAsync();
        var path = harness.WriteFile(bad.FileName, bad.Content);

        var summary = await harness.IngestAsync(path);

        var row = Assert.Single(await harness.QuarantineAsync());
        Assert.Equal(bad.ReasonCode, row.ReasonCode);
        Assert.Equal(bad.Line, row.Line);
        Assert.Equal(bad.FileName, row.Source);
        Assert.Equal(1, summary.Quarantined);
        Assert.Equal(bad.GoodTitles.Order(StringComparer.Ordinal), (await harness.PapersAsync()).Select(p => p.Title).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunAsync_JsonLinesAndAtomOfSamePapers_StoreOnePaperEach()
    {
        await using var harness = await SqliteIngestion.CreateAsync();
        var json = harness.WriteFile("papers.jsonl", Bytes(JsonLines([.. Papers.Select(p => JsonLine(p.Title, p.Abstract, p.ArxivId))])));
        var atom = harness.WriteFile("papers.atom", Bytes(AtomFeed([.. Papers.Select(AtomEntry)])));

        await harness.IngestAsync(json, atom);

        Assert.Equal(["arxiv:1706.03762", "arxiv:2111.00396", "arxiv:2312.00752"], await harness.PaperIdsAsync());
        var sources = await harness.Store.GetSourcesAsync(["arxiv:2312.00752"], TestContext.Current.CancellationToken);
        Assert.Equal(["papers.atom", "papers.jsonl"], sources["arxiv:2312.00752"].Select(s => s.Source).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunAsync_SmallBatches_ReportsChangedIdsToLinkOnly()
    {
        await using var harness = await SqliteIngestion.CreateAsync();
        var path = harness.WriteFile("papers.jsonl", Bytes(JsonLines([.. Papers.Select(p => JsonLine(p.Title, p.Abstract, p.ArxivId))])));
        var batches = new List<IReadOnlyList<string>>();
        var options = new IngestionOptions
        {
            BatchSize = 2,
            BatchWrittenAsync = (batch, _) =>
            {
                if (batch.PaperIdsToLink(everyPaper: false) is { Count: > 0 } ids)
                {
                    batches.Add(ids);
                }

                return Task.CompletedTask;
            },
        };

        await harness.IngestAsync(IngestionSource.Expand([path], () => Stream.Null), options);
        await harness.IngestAsync(IngestionSource.Expand([path], () => Stream.Null), options);

        Assert.Equal<IEnumerable<string>>([["arxiv:2312.00752", "arxiv:2111.00396"], ["arxiv:1706.03762"]], batches);
    }

    [Fact]
    public async Task RunAsync_StreamAndMissingFile_ReadsStreamAndQuarantinesMissingFile()
    {
        await using var harness = await SqliteIngestion.CreateAsync();
        var content = Bytes(JsonLines(JsonLine(Papers[0].Title, Papers[0].Abstract)));
        var stdin = new MemoryStream(content);
        var reports = new List<IngestionProgress>();

        var summary = await harness.IngestAsync(
            [IngestionSource.FromStream(IngestionSource.StdinName, stdin), IngestionSource.FromFile(Path.Combine(harness.Folder, "gone.jsonl"))],
            progress: new SyncProgress(reports.Add));

        Assert.Equal((2, 1L, 1L), (summary.Files, summary.PapersCreated, summary.Quarantined));
        var row = Assert.Single(await harness.QuarantineAsync());
        Assert.Equal(("unreadable-file", "gone.jsonl", (long?)null), (row.ReasonCode, row.Source, row.Line));
        Assert.Equal("stdin", (await harness.Store.GetSourcesAsync([(await harness.PaperIdsAsync())[0]], TestContext.Current.CancellationToken)).Values.Single().Single().Source);
        Assert.Equal(content.Length, reports[^1].BytesRead);
        Assert.Equal(2, reports[^1].FilesDone);
    }

    private sealed class SyncProgress(Action<IngestionProgress> report) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value) => report(value);
    }
}
