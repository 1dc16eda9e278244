using System.Text.Json.Nodes;

namespace PaperGraph.Api.Tests.StoreParity;

/// <summary>
/// A representative set of queries whose answers must not depend on the store: each concrete class supplies
/// the API over one store (SQLite, Neo4j) holding the same seeded sample corpus, and expects the same JSON.
/// </summary>
public abstract partial class StoreQueryTests
{
    private const string Mamba = "Paper:title:3739578d5832b8e4ff21";

    /// <summary>POSTs a query to the API over this class's store (skipping when that store is not available).</summary>
    protected abstract Task<(int Status, JsonNode Body)> PostAsync(string query, object? variables = null);

    [Fact]
    public async Task Papers_SearchStateSpaceByTitle_ReturnsSamePageAndCount()
    {
        // Relevance rank is each store's own (SQLite bm25, Neo4j word hits), so the shared check orders by title.
        // 45 = papers whose title or abstract has both words (checked against the corpus with a regex; so are the first three titles in ordinal order).
        var (status, body) = await PostAsync("""{ papers(search: "state space", first: 3, orderBy: TITLE) { totalCount edges { node { title } } pageInfo { hasNextPage } } }""");

        Assert.Equal(200, status);
        JsonAssert.Equal("""
            { "data": { "papers": {
              "totalCount": 45,
              "edges": [
                { "node": { "title": "A Probabilistic Framework for Modular Continual Learning" } },
                { "node": { "title": "A Survey of Mamba" } },
                { "node": { "title": "Bio-xLSTM: Generative modeling, representation and in-context learning of biological and chemical sequences" } }
              ],
              "pageInfo": { "hasNextPage": true } } } }
            """, body);
    }

    [Fact]
    public async Task Papers_PagingWithCursors_VisitsEveryPaperOnce()
    {
        var seen = new List<string>();
        string? after = null;
        long total = -1;
        do
        {
            var (_, body) = await PostAsync(
                "query($after: String) { papers(first: 50, after: $after, orderBy: TITLE) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }",
                new { after });
            var papers = body["data"]!["papers"]!;
            total = papers["totalCount"]!.GetValue<long>();
            seen.AddRange(papers["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            after = papers["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? papers["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(372, total);
        Assert.Equal(372, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("LRA")]
    [InlineData("lra")]
    [InlineData("long-range arena")]
    public async Task Entity_ByAliasAnyCase_ReturnsLongRangeArena(string name)
    {
        var (_, body) = await PostAsync("query($name: String) { entity(name: $name) { id name kind aliases } }", new { name });

        JsonAssert.Equal("""
            { "data": { "entity": {
              "id": "Entity:curated:lra", "name": "Long Range Arena", "kind": "DATASET",
              "aliases": ["Long Range Arena", "Long-Range Arena", "LRA"] } } }
            """, body);
    }

    [Fact]
    public async Task RelatedPapers_MambaPaper_ReasonsSumToScoreInDeterministicOrder()
    {
        var query = $$"""{ paper(id: "{{Mamba}}") { relatedPapers(first: 5) { paper { id } score reasons { kind entity { id } weight evidence } } } }""";

        var (_, first) = await PostAsync(query);
        var (_, second) = await PostAsync(query);

        var related = first["data"]!["paper"]!["relatedPapers"]!.AsArray();
        Assert.Equal(5, related.Count);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        var scores = related.Select(r => r!["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        foreach (var item in related)
        {
            var reasons = item!["reasons"]!.AsArray();
            Assert.NotEmpty(reasons);
            Assert.Equal(item["score"]!.GetValue<double>(), reasons.Sum(r => r!["weight"]!.GetValue<double>()), 6);
        }

        // The best related papers build on Mamba (its paper introduces Mamba), and share the Mamba entity:
        // 22 of 372 papers, BM25 idf ln(350.5/22.5) / ln(371.5/1.5) = 0.49815 (worked by hand).
        var top = related[0]!["reasons"]!.AsArray();
        Assert.Equal("BUILT_ON_BY", top[0]!["kind"]!.GetValue<string>());
        Assert.Contains(top, r => JsonNode.DeepEquals(r, JsonNode.Parse("""
            { "kind": "SHARED_ENTITY", "entity": { "id": "Entity:pwc:mamba" }, "weight": 0.49815, "evidence": "both mention Mamba (22 of 372 papers do)" }
            """)));
    }

    [Fact]
    public async Task ResolveEntities_MixedBatch_ResolvesInInputOrder()
    {
        // Scores worked by hand: exact 1; normalised 0.95; "Transfromer" one swap in 11 letters
        // 0.9 × (1 − 1/11) + 0.03 kind agreement = 0.8482; "Long Rnage Arena" 0.9 × (1 − 1/14) + 0.05 × context 1 = 0.8857.
        var (_, body) = await PostAsync("""
            { resolveEntities(limit: 1, inputs: [
                {name: "LRA"}, {name: "flash-attention2"}, {name: "FlashAttention"},
                {name: "Transfromer", kindHint: ARCHITECTURE}, {name: "Zorblax Quux"},
                {name: "Long Rnage Arena", context: "benchmark for efficient transformers"}]) {
              name candidates { entity { id } score match } unresolved { reason } } }
            """);

        JsonAssert.Equal("""
            { "data": { "resolveEntities": [
              { "name": "LRA", "candidates": [ { "entity": { "id": "Entity:curated:lra" }, "score": 1, "match": true } ], "unresolved": null },
              { "name": "flash-attention2", "candidates": [ { "entity": { "id": "Entity:curated:flashattention-2" }, "score": 0.95, "match": true } ], "unresolved": null },
              { "name": "FlashAttention", "candidates": [ { "entity": { "id": "Entity:pwc:flashattention" }, "score": 1, "match": true } ], "unresolved": null },
              { "name": "Transfromer", "candidates": [ { "entity": { "id": "Entity:pwc:transformer" }, "score": 0.8482, "match": true } ], "unresolved": null },
              { "name": "Zorblax Quux", "candidates": [], "unresolved": { "reason": "no-candidate: no entity name or alias matches \"Zorblax Quux\" exactly, after normalisation, as a misspelling or as a variant" } },
              { "name": "Long Rnage Arena", "candidates": [ { "entity": { "id": "Entity:curated:lra" }, "score": 0.8857, "match": true } ], "unresolved": null } ] } }
            """, body);
    }
}
