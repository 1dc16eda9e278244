using PaperGraph.Core.Graph;
using PaperGraph.Core.Samples;

namespace PaperGraph.Core.Tests.Ingestion;

public sealed class HuggingFaceListingReaderTests
{
    [Fact]
    public async Task ReadAsync_SamplePages_GiveExpectedCountsAndDistinctIds()
    {
        var counts = new List<int>();
        var ids = new HashSet<string>();
        foreach (var name in SampleCorpus.FileNames)
        {
            using var stream = SampleCorpus.Open(name);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
            var items = await ListingReading.ReadAsync(copy.ToArray(), name);
            Assert.Empty(items.Quarantined());
            counts.Add(items.Records().Count);
            ids.UnionWith(items.Records().Select(r => r.Paper.Id));
        }

        Assert.Equal([204, 72, 73, 42, 65], counts);
        Assert.Equal(372, ids.Count);
    }

    [Fact]
    public async Task ReadAsync_ChromeGluedToFirstTitle_StripsChromeAndKeepsLineNumbers()
    {
        using var stream = SampleCorpus.Open(SampleCorpus.FileNames[0]);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);

        var first = (await ListingReading.ReadAsync(copy.ToArray(), SampleCorpus.FileNames[0])).Records()[0];

        Assert.StartsWith("KeyFace: Expressive Audio-Driven Facial Animation", first.Paper.Title, StringComparison.Ordinal);
        Assert.StartsWith("Current audio-driven facial animation methods", first.Paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(3, first.Line);
        Assert.Equal(SampleCorpus.FileNames[0], first.Source);
        Assert.Equal(64, first.ContentHash.Length);
    }

    [Fact]
    public async Task ReadAsync_DateLine_DatesPapersWithoutYear()
    {
        using var stream = SampleCorpus.Open(SampleCorpus.FileNames[3]);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);

        var records = (await ListingReading.ReadAsync(copy.ToArray(), SampleCorpus.FileNames[3])).Records();

        Assert.All(records, r => Assert.Equal(new ListingDate(null, 3, 12), r.Paper.Date));
        Assert.Equal("Visual Dialog", records[0].Paper.Title);
        Assert.Equal(11, records[0].Line);
    }
}
