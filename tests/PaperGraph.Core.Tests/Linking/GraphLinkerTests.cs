using PaperGraph.Core.Graph;
using PaperGraph.Core.Samples;

namespace PaperGraph.Core.Tests.Linking;

public sealed class GraphLinkerTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    private static readonly Paper KeyFace = new()
    {
        Id = "test:keyface",
        Title = "KeyFace: Expressive Audio-Driven Facial Animation",
        Abstract = "We propose KeyFace, a novel two-stage diffusion-based framework for long talking-head videos.",
    };

    private static readonly Paper Follower = new()
    {
        Id = "test:follower",
        Title = "Hour-long talking heads",
        Abstract = "Building on the two-stage diffusion-based framework of KeyFace, we reach hour-long audio-driven talking-head videos and compare against KeyFace baselines on lip sync.",
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LinkAsync_NameMentionedBeforeItsIntroducerArrives_IsMentionedAndBuiltOnAfterwards()
    {
        await using var linked = await LinkedStore.CreateAsync(fixture.Dictionary);
        await linked.IngestAsync(Follower);
        Assert.DoesNotContain(await linked.MentionsAsync(Follower.Id), m => m.EntityId == "new:keyface");
        Assert.Empty(await linked.LinksAsync(Follower.Id));

        await linked.IngestAsync(KeyFace);

        var mentions = (await linked.MentionsAsync(Follower.Id)).Where(m => m.EntityId == "new:keyface").ToArray();
        Assert.Equal(2, mentions.Length);
        Assert.All(mentions, m => Assert.Equal("KeyFace", m.Surface));
        var link = Assert.Single(await linked.LinksAsync(Follower.Id));
        Assert.Equal((KeyFace.Id, PaperLinkKind.BuildsOn), (link.CitedPaperId, link.Kind));
        Assert.Equal(["new:keyface"], link.ViaEntityIds);
        Assert.Equal("mentions KeyFace, introduced by \"KeyFace: Expressive Audio-Driven Facial Animation\"", link.Reason);
    }

    [Fact]
    public async Task LinkAsync_TwoPapersIntroduceOneName_BothAreIntroducersInEveryOrder()
    {
        var other = new Paper
        {
            Id = "test:another-keyface",
            Title = "Faces at scale",
            Abstract = "We introduce KeyFace, a benchmark dataset of talking faces recorded in the wild.",
        };
        Paper[][] orders = [[KeyFace, other, Follower], [Follower, other, KeyFace], [other, Follower, KeyFace]];
        var exports = new List<string>();
        foreach (var order in orders.Append([KeyFace, other, Follower]))
        {
            await using var linked = await LinkedStore.CreateAsync(fixture.Dictionary);
            if (exports.Count < orders.Length)
            {
                foreach (var paper in order)
                {
                    await linked.IngestAsync(paper);
                }
            }
            else
            {
                await linked.IngestAsync(order); // all in one batch
            }

            var introducers = await linked.Store.GetIntroducingPaperIdsAsync(["new:keyface"], Token);
            Assert.Equal([other.Id, KeyFace.Id], introducers["new:keyface"]);
            // Two different papers claim KeyFace: a mention of it cannot say which is meant, so it links to neither.
            Assert.Empty(await linked.LinksAsync(Follower.Id));
            exports.Add(await linked.ExportAsync());
        }

        Assert.All(exports, export => Assert.Equal(exports[0], export));

        // The stored record is the smallest introducer id's version ("test:another-keyface" calls it a dataset).
        Assert.Contains("{\"id\":\"new:keyface\",\"name\":\"KeyFace\",\"kind\":\"dataset\"}", exports[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_SampleCorpus_EveryStoredSurfaceEqualsItsSpan()
    {
        await using var linked = await LinkedStore.CreateAsync(fixture.Dictionary);
        await linked.IngestSamplesAsync(SampleCorpus.FileNames, batchSize: 100);
        var ids = await linked.PaperIdsAsync();
        var papers = await linked.Store.GetPapersAsync(ids, Token);
        var mentions = await linked.Store.GetMentionsAsync(ids, Token);

        Assert.True(mentions.Values.Sum(m => m.Count) > 500);
        foreach (var (paperId, paperMentions) in mentions)
        {
            var paper = papers[paperId];
            foreach (var m in paperMentions)
            {
                var field = m.Field == MentionField.Title ? paper.Title : paper.Abstract;
                Assert.InRange(m.End, m.Start + 1, field.Length);
                Assert.Equal(field[m.Start..m.End], m.Surface);
            }
        }
    }

    [Fact]
    public async Task Ingest_SampleCorpusAgainOrLinkedAgain_ChangesNothing()
    {
        await using var linked = await LinkedStore.CreateAsync(fixture.Dictionary);
        await linked.IngestSamplesAsync(SampleCorpus.FileNames, batchSize: 200);
        var export = await linked.ExportAsync();
        var stats = await linked.Store.GetStatsAsync(Token);

        var again = await linked.IngestSamplesAsync(SampleCorpus.FileNames, batchSize: 200);
        Assert.Equal((0, 0), (again.PapersCreated, again.PapersUpdated));
        Assert.Equal(export, await linked.ExportAsync());
        Assert.Equal(stats, await linked.Store.GetStatsAsync(Token));

        // Linking every paper again as one batch is a no-op too: the stored graph is already the fixpoint.
        await linked.Linker.LinkAsync(await linked.PaperIdsAsync(), Token);
        Assert.Equal(export, await linked.ExportAsync());
        Assert.Equal(stats, await linked.Store.GetStatsAsync(Token));
    }
}
