using PaperGraph.Api.Tests.StoreParity;

namespace PaperGraph.Api.Tests.Queries;

/// <summary>
/// Exploration reads ask the store in as few calls as the reads depend on each other: related papers read the paper's
/// profile, then its entities' newest papers, then the candidates' text; a graph search reads each step's frontiers in
/// one call. Their answers are pinned, on both stores, in <see cref="StoreQueryTests"/>.
/// </summary>
public sealed class ExplorationRoundTripTests(ApiFixture api)
{
    private const string RelatedWithEverythingQuery = """{ paper(id: "Paper:title:3739578d5832b8e4ff21") { relatedPapers(first: 10) { paper { id title } score reasons { kind entity { id name } } } } }""";

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
    public async Task RelatedPapers_AllReasonsWithPapersAndEntities_FourStoreCalls()
    {
        api.Store.Reset();

        var (_, body) = await api.PostAsync(RelatedWithEverythingQuery);

        Assert.Equal(10, body["data"]!["paper"]!["relatedPapers"]!.AsArray().Count);
        // The paper (without its abstract, which the query does not ask for); its profile; its entities' newest papers;
        // the candidates' text. The related papers and the shared entities the answer shows are the ones read to rank
        // them: no loader reads them again.
        Assert.Equal(4, api.Store.Total);
        Assert.Equal(1, api.Store.Calls["GetPapersWithoutAbstractsAsync"]);
        Assert.Equal(1, api.Store.Calls["GetPapersAsync"]);
        Assert.Equal(1, api.Store.Calls["GetPaperProfileAsync"]);
        Assert.Equal(1, api.Store.Calls["GetNewestPaperIdsMentioningAsync"]);
    }

    [Fact]
    public async Task Neighbourhood_FrontierOfFiveEntities_OneFrontierCallPerHop()
    {
        api.Store.Reset();

        var (_, body) = await api.PostAsync(StoreQueryTests.MentionsNeighbourhoodQuery);

        Assert.Equal(40, body["data"]!["neighbourhood"]!["nodes"]!.AsArray().Count);
        // Hop 1 expands the paper, hop 2 its five entities: one call each, whatever kinds of record they read, the
        // entities' paper counts (for papersLeftOut) with them; then the labels.
        Assert.Equal(2, api.Store.Calls["GetFrontiersAsync"]);
        Assert.Equal(3, api.Store.Total);
    }

    [Fact]
    public async Task Neighbourhood_ThreeHops_OneCallPerHopAndTheLabels()
    {
        api.Store.Reset();

        var (_, body) = await api.PostAsync("""{ neighbourhood(id: "Paper:title:005efae14363ecad4d4a", hops: 3, maxNodes: 200) { nodes { nodeId } papersLeftOut } }""");

        Assert.True(body["data"]!["neighbourhood"]!["nodes"]!.AsArray().Count > 40);
        Assert.Equal(3, api.Store.Calls["GetFrontiersAsync"]);
        Assert.Equal(4, api.Store.Total);
    }

    [Fact]
    public async Task Path_ThroughEntityFrontiers_BothSidesReadTogether()
    {
        api.Store.Reset();

        var (_, body) = await api.PostAsync(StoreQueryTests.MentionsPathQuery);

        Assert.Equal(4, body["data"]!["path"]!["nodes"]!.AsArray().Count);
        // Expanded: LRA, then the Mamba paper, then that paper's three entities. LRA and the paper are read in one call,
        // the entities (with LRA's papers, read ahead and never used) in a second; then the path's labels.
        Assert.Equal(2, api.Store.Calls["GetFrontiersAsync"]);
        Assert.Equal(3, api.Store.Total);
    }
}
