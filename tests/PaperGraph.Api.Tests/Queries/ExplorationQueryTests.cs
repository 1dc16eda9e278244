namespace PaperGraph.Api.Tests.Queries;

public sealed class ExplorationQueryTests(ApiFixture api)
{
    private const string MambaNd = "Paper:title:a790c584dd54f9a74259";
    private const string S4 = "Paper:title:005efae14363ecad4d4a";

    [Fact]
    public async Task Path_MambaUsingPaperToS4Paper_TwoHopsThroughASharedEntity()
    {
        var (_, body) = await api.PostAsync($$"""
            { path(from: "{{MambaNd}}", to: "{{S4}}") { nodes { nodeId kind } hops { from { nodeId } to { nodeId } kind evidence } } }
            """);

        JsonAssert.Equal($$"""
            { "data": { "path": {
              "nodes": [
                { "nodeId": "{{MambaNd}}", "kind": "PAPER" },
                { "nodeId": "Entity:pwc:transformer", "kind": "ENTITY" },
                { "nodeId": "{{S4}}", "kind": "PAPER" } ],
              "hops": [
                { "from": { "nodeId": "{{MambaNd}}" }, "to": { "nodeId": "Entity:pwc:transformer" }, "kind": "MENTIONS", "evidence": "mentions \"Transformers\" in its abstract (2×)" },
                { "from": { "nodeId": "Entity:pwc:transformer" }, "to": { "nodeId": "{{S4}}" }, "kind": "MENTIONS", "evidence": "mentions \"Transformers\" in its abstract (2×)" } ] } } }
            """, body);
    }

    [Fact]
    public async Task Neighbourhood_OfS4Paper_ReturnsCappedGraphWithConsistentEdges()
    {
        var (_, body) = await api.PostAsync($$"""{ neighbourhood(id: "{{S4}}", hops: 2, maxNodes: 40) { nodes { id nodeId kind label degree } edges { source target kind weight } truncated } }""");

        var hood = body["data"]!["neighbourhood"]!;
        var ids = hood["nodes"]!.AsArray().Select(n => n!["nodeId"]!.GetValue<string>()).ToHashSet();
        Assert.Equal(40, ids.Count);
        Assert.True(hood["truncated"]!.GetValue<bool>());
        Assert.Equal(S4, hood["nodes"]![0]!["nodeId"]!.GetValue<string>());
        Assert.Equal("GraphNode:" + S4, hood["nodes"]![0]!["id"]!.GetValue<string>());
        Assert.All(hood["edges"]!.AsArray(), e => Assert.True(ids.Contains(e!["source"]!.GetValue<string>()) && ids.Contains(e["target"]!.GetValue<string>())));
    }

    [Fact]
    public async Task RelatedPapers_OnAShortList_IsWithinComplexity()
    {
        var (_, body) = await api.PostAsync("{ papers(first: 20) { edges { node { relatedPapers(first: 3) { score } } } } }");

        Assert.Null(body["errors"]);
        Assert.Equal(20, body["data"]!["papers"]!["edges"]!.AsArray().Count);
    }
}
