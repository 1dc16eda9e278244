namespace PaperGraph.Api.Tests.Queries;

public sealed class ResolveEntitiesTests(ApiFixture api)
{
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
