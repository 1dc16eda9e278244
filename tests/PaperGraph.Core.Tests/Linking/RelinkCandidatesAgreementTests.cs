using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Samples;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>
/// The linker's relink candidates come from the store's word index, one round trip per batch, with each
/// candidate folded once; the plain path searched per name form and filtered per form. Over the samples, the
/// dev set and an accented copy, with every entity the linker finds introduced and one per name it mentions,
/// the fast path must find every paper the plain one finds (here, with no cap reached, exactly those).
/// </summary>
public sealed class RelinkCandidatesAgreementTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    [Theory]
    [MemberData(nameof(AgreementCorpus.Sets), MemberType = typeof(AgreementCorpus))]
    public async Task RelinkCandidates_Texts_AgreesWithFullTextSearch(string set)
    {
        var ct = TestContext.Current.CancellationToken;
        var papers = await AgreementCorpus.PapersAsync(set, ct);
        await using var linked = await LinkedStore.CreateAsync(fixture.Dictionary);
        await linked.Store.UpsertPapersAsync(papers.Select(p => new PaperRecord(p, "test", 1, p.Id, DateTimeOffset.UnixEpoch)).ToArray(), ct);
        var results = papers.Select(p => fixture.Linker.Link(p, fixture.Dictionary)).ToArray();
        var changes = results.SelectMany(r => r.NewEntities)
            .Concat(results.SelectMany(r => r.Annotations.Mentions).Select(m => m.Surface).Distinct(StringComparer.Ordinal)
                .Select(surface => new Entity { Id = "test:" + surface, Name = surface, Kind = EntityKind.Method, Source = "test" }))
            .DistinctBy(e => e.Id)
            .Select(e => new GraphLinker.EntityChange(e.Id, null, e))
            .ToArray();

        var plain = await linked.Linker.RelinkCandidatesByFullTextAsync(changes, ct);
        var fast = await linked.Linker.RelinkCandidatesAsync(changes, ct);

        Assert.True(plain.Count > 0, "the plain path found nothing to compare");
        Assert.Empty(plain.Except(fast));
        Assert.Equal(plain, fast);
    }

    /// <summary>
    /// Whole ingests in batches of 50, so names introduced by later batches relink earlier papers: the index path,
    /// the plain path and <c>--no-link</c> then relinking everything give the same export.
    /// </summary>
    [Fact]
    public async Task IngestWithLinking_IndexPath_ExportsAsPlainPathAndRelinkAll()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fast = await LinkedStore.CreateAsync(fixture.Dictionary);
        await fast.IngestSamplesAsync(SampleCorpus.FileNames, batchSize: 50);
        await using var plain = await LinkedStore.CreateAsync(fixture.Dictionary, new GraphLinkerOptions { RelinkCandidatesByFullText = true });
        await plain.IngestSamplesAsync(SampleCorpus.FileNames, batchSize: 50);
        await using var relinked = await LinkedStore.CreateAsync(fixture.Dictionary);
        await new Core.Ingestion.IngestionPipeline(relinked.Store, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<Core.Ingestion.IngestionPipeline>.Instance).RunAsync(
            SampleCorpus.FileNames.Select(name => new Core.Ingestion.IngestionSource(name, () => SampleCorpus.Open(name))).ToArray(),
            new Core.Ingestion.IngestionOptions { BatchSize = 50 },
            progress: null,
            ct);
        await relinked.Linker.RelinkAllAsync(progress: null, ct);

        var export = await fast.ExportAsync();
        Assert.Contains("\"mentions\":[{", export, StringComparison.Ordinal);
        Assert.Equal(await plain.ExportAsync(), export);
        Assert.Equal(await relinked.ExportAsync(), export);
    }
}
