using PaperGraph.Api.Tests.StoreParity;

namespace PaperGraph.Api.Tests.Queries;

/// <summary>
/// Reads that fan out from several entities ask the store for those entities' newest papers in one call, not one
/// call per entity. Their answers are pinned, on both stores, in <see cref="StoreQueryTests"/>.
/// </summary>
public sealed class ExplorationRoundTripTests(ApiFixture api)
{
    [Fact]
    public async Task RelatedPapers_PaperMentioningSeveralEntities_OneNewestMentioningCall()
    {
        api.Store.Reset();

        var (_, body) = await api.PostAsync(StoreQueryTests.RelatedBySharedEntitiesQuery);

        Assert.Equal(10, body["data"]!["paper"]!["relatedPapers"]!.AsArray().Count);
        // The paper's entities weighted above negligible (three here), all in one call (three calls before).
        Assert.Equal(1, api.Store.Calls["GetNewestPaperIdsMentioningAsync"]);
        Assert.False(api.Store.Calls.ContainsKey("GetPaperIdsMentioningAsync"), string.Join(", ", api.Store.Calls));
    }
}
