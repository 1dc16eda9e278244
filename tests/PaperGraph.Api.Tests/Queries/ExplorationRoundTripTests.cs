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

    [Fact]
    public async Task Neighbourhood_FrontierOfFiveEntities_OneNewestMentioningCall()
    {
        api.Store.Reset();

        var (_, body) = await api.PostAsync(StoreQueryTests.MentionsNeighbourhoodQuery);

        Assert.Equal(40, body["data"]!["neighbourhood"]!["nodes"]!.AsArray().Count);
        // Hop 1 expands the paper, hop 2 its five entities: one call for all five (five calls before).
        Assert.Equal(1, api.Store.Calls["GetNewestPaperIdsMentioningAsync"]);
        Assert.False(api.Store.Calls.ContainsKey("GetPaperIdsMentioningAsync"), string.Join(", ", api.Store.Calls));
    }

    [Fact]
    public async Task Path_ThroughEntityFrontiers_OneNewestMentioningCallPerExpansion()
    {
        api.Store.Reset();

        var (_, body) = await api.PostAsync(StoreQueryTests.MentionsPathQuery);

        Assert.Equal(4, body["data"]!["path"]!["nodes"]!.AsArray().Count);
        // Expanded: LRA, then the Mamba paper, then that paper's three entities; two entity frontiers, two calls (four before).
        Assert.Equal(2, api.Store.Calls["GetNewestPaperIdsMentioningAsync"]);
        Assert.False(api.Store.Calls.ContainsKey("GetPaperIdsMentioningAsync"), string.Join(", ", api.Store.Calls));
    }
}
