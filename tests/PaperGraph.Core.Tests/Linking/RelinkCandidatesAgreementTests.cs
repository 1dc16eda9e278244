using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
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
}
