using PaperGraph.Core.Graph;
using PaperGraph.Core.Samples;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>
/// The graph after ingesting a corpus is a function of the corpus: file order, reverse order in odd-sized
/// batches and a shuffled paper-at-a-time feed all export byte-identical files.
/// </summary>
public sealed class GraphLinkerOrderTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_SampleCorpusInAnyOrderOrBatching_ExportsByteIdenticalGraph()
    {
        await using var fileOrder = await LinkedStore.CreateAsync(fixture.Dictionary);
        await fileOrder.IngestSamplesAsync(SampleCorpus.FileNames, batchSize: 1_000);
        await using var reversed = await LinkedStore.CreateAsync(fixture.Dictionary);
        await reversed.IngestSamplesAsync(SampleCorpus.FileNames.Reverse(), batchSize: 37);
        await using var shuffled = await LinkedStore.CreateAsync(fixture.Dictionary);
        var records = (await SamplePapers.ReadRecordsAsync(Token)).ToArray();
        new Random(20250301).Shuffle(records);
        foreach (var record in records)
        {
            await shuffled.IngestAsync([record]);
        }

        var expected = await fileOrder.ExportAsync();
        Assert.Equal(expected, await reversed.ExportAsync());
        Assert.Equal(expected, await shuffled.ExportAsync());
        Assert.Equal(await fileOrder.Store.GetStatsAsync(Token), await shuffled.Store.GetStatsAsync(Token));

        // Not vacuous: the graph has new entities, mentions of them in other papers, and builds-on links.
        Assert.Equal(372, expected.Count(c => c == '\n'));
        Assert.Contains("\"introduces\":[{\"id\":\"new:keyface\"", expected, StringComparison.Ordinal);
        Assert.True(CountOf(expected, "\"kind\":\"builds-on\"") >= 20, "expected builds-on links in the sample corpus");
    }

    [Fact]
    public async Task LinkAsync_IntroducerIngestedAfterMentioner_CreatesBuildsOnLink()
    {
        var mambaPaper = PaperIds.FromTitle("Mamba: Linear-Time Sequence Modeling with Selective State Spaces");
        await using var linked = await LinkedStore.CreateAsync(fixture.Dictionary);
        await linked.IngestSamplesAsync([SampleCorpus.FileNames[0]], batchSize: 1_000);
        var mentioners = (await linked.Store.GetPaperIdsMentioningAsync(new("pwc:mamba", 100), Token)).Items.Select(i => i.Node).ToArray();
        Assert.NotEmpty(mentioners);
        Assert.DoesNotContain(mambaPaper, mentioners);
        Assert.Empty(await linked.Store.GetPapersAsync([mambaPaper], Token));
        Assert.All(mentioners, id => Assert.DoesNotContain(linked.LinksAsync(id).Result, l => l.ViaEntityIds.Contains("pwc:mamba")));

        await linked.IngestSamplesAsync([SampleCorpus.FileNames[1]], batchSize: 1_000);

        Assert.Contains("pwc:mamba", (await linked.Store.GetIntroducedEntityIdsAsync([mambaPaper], Token))[mambaPaper]);
        foreach (var citing in mentioners)
        {
            var link = Assert.Single(await linked.LinksAsync(citing), l => l.CitedPaperId == mambaPaper);
            Assert.Equal(PaperLinkKind.BuildsOn, link.Kind);
            Assert.Contains("pwc:mamba", link.ViaEntityIds);
            Assert.Contains("introduced by \"Mamba: Linear-Time Sequence Modeling with Selective State Spaces\"", link.Reason, StringComparison.Ordinal);
        }
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
