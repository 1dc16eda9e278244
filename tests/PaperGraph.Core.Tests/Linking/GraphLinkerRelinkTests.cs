using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Linking.Catalog;
using PaperGraph.Core.Samples;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Tests.Linking;

public sealed class GraphLinkerRelinkTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RelinkAll_AfterCatalogChange_UpdatesMentionsAsAFreshIngestWouldHave()
    {
        // The variant drops Mamba and adds a method named in the KeyFace paper's title.
        var added = new Entity { Id = "curated:keyframe-interpolation", Name = "KeyFrame Interpolation", Kind = EntityKind.Method, Source = "curated" };
        var variant = new LinkerDictionary(new EntityCatalog(fixture.Catalog.Entries
            .Where(e => e.Entity.Id != "pwc:mamba")
            .Append(new CatalogEntry(added, [new CatalogAlias(added.Name, Exact: false)], Linkable: true))));
        await using var linked = await LinkedStore.CreateAsync(fixture.Dictionary);
        await linked.IngestSamplesAsync(SampleCorpus.FileNames, batchSize: 1_000);
        Assert.NotEmpty((await linked.Store.GetPaperIdsMentioningAsync(new EntityUsageQuery("pwc:mamba", 1), Token)).Items);

        var progress = new List<RelinkProgress>();
        var summary = await linked.UseCatalog(variant).RelinkAllAsync(new SynchronousProgress(progress.Add), Token);

        Assert.Equal(372, summary.Papers);
        Assert.Empty((await linked.Store.GetPaperIdsMentioningAsync(new EntityUsageQuery("pwc:mamba", 1), Token)).Items);
        var keyFacePaper = PaperIds.FromTitle("KeyFace: Expressive Audio-Driven Facial Animation for Long Sequences via KeyFrame Interpolation");
        Assert.Contains(await linked.MentionsAsync(keyFacePaper), m => m.EntityId == added.Id && m.Surface == "KeyFrame Interpolation" && m.Field == MentionField.Title);
        Assert.Equal(["introductions", "mentions", "links"], progress.Select(p => p.Phase).Distinct());
        Assert.All(progress.GroupBy(p => p.Phase), phase => Assert.Equal(372, phase.Last().Done));

        await using var fresh = await LinkedStore.CreateAsync(variant);
        await fresh.IngestSamplesAsync(SampleCorpus.FileNames, batchSize: 1_000);
        Assert.Equal(await fresh.ExportAsync(), await linked.ExportAsync());
    }

    private sealed class SynchronousProgress(Action<RelinkProgress> report) : IProgress<RelinkProgress>
    {
        public void Report(RelinkProgress value) => report(value);
    }
}
