namespace PaperGraph.Api.Tests.Queries;

public sealed class ResolveEntitiesTests(ApiFixture api)
{
    [Fact]
    public async Task ResolveEntities_MixedBatch_ResolvesInInputOrder()
    {
        // Scores worked by hand: exact 1; normalised 0.95; "Transfromer" one swap in 11 letters
        // 0.9 × (1 − 1/11) + 0.03 kind agreement = 0.8482; "Long Rnage Arena" 0.9 × (1 − 1/14) + 0.05 × context 1 = 0.8857.
        var (_, body) = await api.PostAsync("""
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
              { "name": "Zorblax Quux", "candidates": [], "unresolved": { "reason": "no-candidate: no entity name or alias matches \"Zorblax Quux\" exactly, after normalisation, or as a misspelling" } },
              { "name": "Long Rnage Arena", "candidates": [ { "entity": { "id": "Entity:curated:lra" }, "score": 0.8857, "match": true } ], "unresolved": null } ] } }
            """, body);
    }

    [Fact]
    public async Task ResolveEntities_VersionedName_NeverOffersTheUnversionedEntity()
    {
        var (_, body) = await api.PostAsync("""{ resolveEntities(limit: 20, inputs: [{name: "FlashAttention 2"}]) { candidates { entity { id } } } }""");

        var ids = body["data"]!["resolveEntities"]![0]!["candidates"]!.AsArray().Select(c => c!["entity"]!["id"]!.GetValue<string>()).ToList();
        Assert.Equal("Entity:curated:flashattention-2", ids[0]);
        Assert.DoesNotContain("Entity:pwc:flashattention", ids);
    }

    [Fact]
    public async Task ResolveEntities_ThousandAndOneInputsInVariables_RefusedBeforeAnyStoreCall()
    {
        var inputs = Enumerable.Range(0, 1001).Select(i => new { name = "x" + i }).ToArray();
        api.Store.Reset();

        var (_, body) = await api.PostAsync("query($inputs: [ResolveEntityInput!]!) { resolveEntities(inputs: $inputs) { name } }", new { inputs });

        Assert.Equal("TOO_MANY_INPUTS", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(1000, body["errors"]![0]!["extensions"]!["limit"]!.GetValue<int>());
        Assert.Equal(0, api.Store.Total);
    }

    [Fact]
    public async Task ResolveEntities_EntityAddedAfterIndexWasBuilt_IsFoundOnTheNextCall()
    {
        const string query = """{ resolveEntities(inputs: [{name: "Quuxformer-7"}]) { candidates { entity { id } score } } }""";
        await api.PostAsync(query); // builds the alias index
        await api.Store.UpsertEntitiesAsync(
            [new PaperGraph.Core.Graph.Entity { Id = "test:quuxformer-7", Name = "Quuxformer-7", Kind = PaperGraph.Core.Graph.EntityKind.Model, Source = "curated" }],
            TestContext.Current.CancellationToken);

        var (_, body) = await api.PostAsync(query);

        JsonAssert.Equal("""{ "data": { "resolveEntities": [ { "candidates": [ { "entity": { "id": "Entity:test:quuxformer-7" }, "score": 1 } ] } ] } }""", body);
    }
}
