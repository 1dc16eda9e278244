using PaperGraph.Core.Ingestion;
using static PaperGraph.Core.Tests.Ingestion.ListingSamples;

namespace PaperGraph.Core.Tests.Ingestion;

public sealed class QuarantineRetrierTests
{
    [Fact]
    public async Task RetryAsync_RecordThatNowReads_IsStoredAtItsLineAndLeavesQuarantine()
    {
        await using var harness = await SqliteIngestion.CreateAsync();
        var path = harness.WriteFile("papers.jsonl", Bytes(JsonLines(JsonLine("Short", "Tiny."), JsonLine(Papers[0].Title, Papers[0].Abstract, Papers[0].ArxivId))));
        var strict = new IngestionOptions { Limits = new ListingLimits { MaxAbstractLength = 100 } };
        await harness.IngestAsync(IngestionSource.Expand([path], () => Stream.Null), strict);
        var quarantined = Assert.Single(await harness.QuarantineAsync());
        Assert.Equal(("abstract-too-long", 2L), (quarantined.ReasonCode, quarantined.Line));

        var result = await harness.RetryAsync([]);

        Assert.Equal([quarantined.Id], result.Recovered);
        Assert.Empty(await harness.QuarantineAsync());
        var sources = await harness.Store.GetSourcesAsync(["arxiv:2312.00752"], TestContext.Current.CancellationToken);
        Assert.Equal(("papers.jsonl", 2L), (sources["arxiv:2312.00752"].Single().Source, sources["arxiv:2312.00752"].Single().Line));
    }

    [Fact]
    public async Task RetryAsync_RecordThatStillFails_StaysAndUnknownIdIsReported()
    {
        await using var harness = await SqliteIngestion.CreateAsync();
        var bad = BadInputCase.All["truncated-json"];
        await harness.IngestAsync(harness.WriteFile(bad.FileName, bad.Content));
        var quarantined = Assert.Single(await harness.QuarantineAsync());

        var result = await harness.RetryAsync([quarantined.Id, "no-such-id"]);

        Assert.Empty(result.Recovered);
        Assert.Equal([quarantined.Id], result.StillQuarantined);
        Assert.Equal(["no-such-id"], result.NotFound);
        Assert.Equal(quarantined.Id, Assert.Single(await harness.QuarantineAsync()).Id);
        Assert.Equal(2, (await harness.StatsAsync()).Papers);
    }
}
