namespace PaperGraph.Api.Tests.Queries;

/// <summary>
/// Issue 12's resolution cases through GraphQL over the linked sample corpus, where 22 papers mention the
/// architecture Mamba (<c>pwc:mamba</c>) and none the PwC task of the same name (<c>pwc-task:mamba</c>).
/// </summary>
public sealed class ResolutionCaseQueryTests(ApiFixture api)
{
    [Fact]
    public async Task EntityByName_Mamba_IsTheMentionedArchitectureNotTheUnmentionedTask()
    {
        var (_, body) = await api.PostAsync("""{ entity(name: "Mamba") { id kind } }""");

        JsonAssert.Equal("""{ "data": { "entity": { "id": "Entity:pwc:mamba", "kind": "ARCHITECTURE" } } }""", body);
    }

    [Fact]
    public async Task ResolveEntities_Mamba_UnmentionedTaskIsNoMatchAndSaysSo()
    {
        var (_, body) = await api.PostAsync("""{ resolveEntities(limit: 2, inputs: [{name: "Mamba"}]) { candidates { entity { id } score match variant features { name value } } } }""");

        JsonAssert.Equal("""
            { "data": { "resolveEntities": [ { "candidates": [
              { "entity": { "id": "Entity:pwc:mamba" }, "score": 1, "match": true, "variant": null, "features": [ { "name": "exact", "value": 1 } ] },
              { "entity": { "id": "Entity:pwc-task:mamba" }, "score": 0.79, "match": false, "variant": null, "features": [ { "name": "exact", "value": 1 }, { "name": "unmentioned", "value": 1 } ] } ] } ] } }
            """, body);
    }

    [Fact]
    public async Task ResolveEntities_Transformer_ITransformerIsNoMatch()
    {
        var (_, body) = await api.PostAsync("""{ resolveEntities(limit: 20, inputs: [{name: "Transformer"}]) { candidates { entity { id } score match } } }""");

        var candidates = body["data"]!["resolveEntities"]![0]!["candidates"]!.AsArray();
        Assert.Equal("Entity:pwc:transformer", candidates[0]!["entity"]!["id"]!.GetValue<string>());
        var inverted = Assert.Single(candidates, c => c!["entity"]!["id"]!.GetValue<string>() == "Entity:curated:itransformer")!;
        Assert.False(inverted["match"]!.GetValue<bool>());
        Assert.Single(candidates, c => c!["match"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("GPT-4V")]
    [InlineData("Llama 3.1")]
    [InlineData("GPT-4o-mini")]
    [InlineData("ImageNet-21k")]
    public async Task EntityByName_VersionTheCatalogListsUnderItsBase_IsNull(string name)
    {
        var (_, body) = await api.PostAsync("query($name: String) { entity(name: $name) { id } }", new { name });

        JsonAssert.Equal("""{ "data": { "entity": null } }""", body);
    }

    [Fact]
    public async Task ResolveEntities_VariantNames_ResolveToTheirBaseWithTheVariant()
    {
        var (_, body) = await api.PostAsync("""
            { resolveEntities(limit: 1, inputs: [{name: "LLaMA-2-7B"}, {name: "ResNet50"}, {name: "bert-base"}, {name: "ViT-B/16"}]) {
              name candidates { entity { id } score match variant matchedAlias } } }
            """);

        JsonAssert.Equal("""
            { "data": { "resolveEntities": [
              { "name": "LLaMA-2-7B", "candidates": [ { "entity": { "id": "Entity:curated:llama-2" }, "score": 0.9, "match": true, "variant": "7B", "matchedAlias": "Llama-2" } ] },
              { "name": "ResNet50", "candidates": [ { "entity": { "id": "Entity:pwc:resnet" }, "score": 0.9, "match": true, "variant": "50", "matchedAlias": "ResNet" } ] },
              { "name": "bert-base", "candidates": [ { "entity": { "id": "Entity:pwc:bert" }, "score": 0.9, "match": true, "variant": "base", "matchedAlias": "BERT" } ] },
              { "name": "ViT-B/16", "candidates": [ { "entity": { "id": "Entity:pwc:vision-transformer" }, "score": 0.9, "match": true, "variant": "B/16", "matchedAlias": "ViT" } ] } ] } }
            """, body);
    }

    [Fact]
    public async Task EntityByName_VariantName_IsTheBaseEntity()
    {
        var (_, body) = await api.PostAsync("""{ entity(name: "LLaMA-2-7B") { id } }""");

        JsonAssert.Equal("""{ "data": { "entity": { "id": "Entity:curated:llama-2" } } }""", body);
    }
}
