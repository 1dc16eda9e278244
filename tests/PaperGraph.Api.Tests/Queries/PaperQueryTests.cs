namespace PaperGraph.Api.Tests.Queries;

public sealed class PaperQueryTests(ApiFixture api)
{
    [Fact]
    public async Task Papers_SearchStateSpace_ReturnsRankedPageAndCount()
    {
        // 45 = papers whose title or abstract has both words (checked against the corpus with a regex).
        var (status, body) = await api.PostAsync("""{ papers(search: "state space", first: 3) { totalCount edges { node { title } } pageInfo { hasNextPage } } }""");

        Assert.Equal(200, status);
        JsonAssert.Equal("""
            { "data": { "papers": {
              "totalCount": 45,
              "edges": [
                { "node": { "title": "GrootVL: Tree Topology is All You Need in State Space Model" } },
                { "node": { "title": "Repeat After Me: Transformers are Better than State Space Models at Copying" } },
                { "node": { "title": "HiPPO-Prophecy: State-Space Models can Provably Learn Dynamical Systems in Context" } }
              ],
              "pageInfo": { "hasNextPage": true } } } }
            """, body);
    }

    [Fact]
    public async Task Papers_TotalCountOnly_CountsWithoutFetchingAPage()
    {
        api.Store.Reset();

        var (_, body) = await api.PostAsync("""{ papers(search: "state space") { totalCount } }""");

        Assert.Equal(45, body["data"]!["papers"]!["totalCount"]!.GetValue<long>());
        Assert.Equal(new Dictionary<string, int> { ["CountPapersAsync"] = 1 }, api.Store.Calls);
    }

    [Fact]
    public async Task Papers_ListWithMentionsAndEntities_BatchesStoreCalls()
    {
        api.Store.Reset();

        var (_, body) = await api.PostAsync("{ papers(first: 50) { edges { node { title mentions { surface entity { name kind } } introduces { name } buildsOn { totalCount } } } } }");

        Assert.Equal(50, body["data"]!["papers"]!["edges"]!.AsArray().Count);
        // One page, then one call per kind for all 50 papers (and one for all their entities): no N+1.
        Assert.Equal(1, api.Store.Calls["QueryPapersAsync"]);
        Assert.Equal(1, api.Store.Calls["GetMentionsAsync"]);
        Assert.Equal(1, api.Store.Calls["GetIntroducedEntityIdsAsync"]);
        Assert.Equal(1, api.Store.Calls["GetLinksAsync"]);
        Assert.Equal(1, api.Store.Calls["GetEntitiesAsync"]);
        Assert.True(api.Store.Total <= 5, string.Join(", ", api.Store.Calls));
    }

    [Fact]
    public async Task Paper_ByGlobalIdAndNode_ReturnSamePaper()
    {
        var (_, body) = await api.PostAsync("""
            { paper(id: "Paper:title:005efae14363ecad4d4a") { id title }
              node(id: "Paper:title:005efae14363ecad4d4a") { id ... on Paper { title } } }
            """);

        JsonAssert.Equal("""
            { "data": {
              "paper": { "id": "Paper:title:005efae14363ecad4d4a", "title": "Efficiently Modeling Long Sequences with Structured State Spaces" },
              "node": { "id": "Paper:title:005efae14363ecad4d4a", "title": "Efficiently Modeling Long Sequences with Structured State Spaces" } } }
            """, body);
    }

    [Fact]
    public async Task Paper_NotAskedForItsAbstract_IsReadWithoutItAndAnswersAsTheWholeRead()
    {
        const string fields = "id title arxivId date authors categories mentions { field start end entity { id } } buildsOn { totalCount }";
        api.Store.Reset();
        var (_, lean) = await api.PostAsync($$"""{ paper(id: "Paper:title:005efae14363ecad4d4a") { {{fields}} } }""");
        var leanCalls = api.Store.Calls;
        api.Store.Reset();
        var (_, whole) = await api.PostAsync($$"""{ paper(id: "Paper:title:005efae14363ecad4d4a") { abstract {{fields}} } }""");
        var wholeCalls = api.Store.Calls;

        Assert.Equal(1, leanCalls.GetValueOrDefault("GetPapersWithoutAbstractsAsync"));
        Assert.False(leanCalls.ContainsKey("GetPapersAsync"), string.Join(", ", leanCalls));
        Assert.Equal(1, wholeCalls.GetValueOrDefault("GetPapersAsync"));
        var paper = whole["data"]!["paper"]!.AsObject();
        Assert.StartsWith("A central goal of sequence modeling", paper["abstract"]!.GetValue<string>(), StringComparison.Ordinal);
        paper.Remove("abstract");
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(whole, lean), $"without the abstract {lean}, whole {whole}");
    }

    [Theory]
    [InlineData("""{ paper(id: "Paper:title:005efae14363ecad4d4a") { ...Text } } fragment Text on Paper { title abstract }""")]
    [InlineData("""{ paper(id: "Paper:title:005efae14363ecad4d4a") { title ... on Node { ... on Paper { abstract } } } }""")]
    [InlineData("""query($on: Boolean = true) { paper(id: "Paper:title:005efae14363ecad4d4a") { title abstract @include(if: $on) } }""")]
    public async Task Paper_AbstractAskedThroughFragmentOrDirective_IsAnswered(string query)
    {
        var (_, body) = await api.PostAsync(query);

        Assert.StartsWith("A central goal of sequence modeling", body["data"]!["paper"]!["abstract"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
