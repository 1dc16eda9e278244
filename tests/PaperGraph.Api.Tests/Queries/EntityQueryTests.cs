namespace PaperGraph.Api.Tests.Queries;

public sealed class EntityQueryTests(ApiFixture api)
{
    [Theory]
    [InlineData("LRA")]
    [InlineData("lra")]
    [InlineData("long-range arena")]
    public async Task Entity_ByAliasAnyCase_ReturnsLongRangeArena(string name)
    {
        var (_, body) = await api.PostAsync("query($name: String) { entity(name: $name) { id name kind aliases } }", new { name });

        JsonAssert.Equal("""
            { "data": { "entity": {
              "id": "Entity:curated:lra", "name": "Long Range Arena", "kind": "DATASET",
              "aliases": ["Long Range Arena", "Long-Range Arena", "LRA", "Long Range Arena benchmark"] } } }
            """, body);
    }

    [Fact]
    public async Task Entity_UsedBy_CountsAndPagesPapersMentioningIt()
    {
        var (_, body) = await api.PostAsync("""{ entity(name: "LRA") { usedBy(first: 2) { totalCount edges { node { title } } pageInfo { hasNextPage } } } }""");

        var usedBy = body["data"]!["entity"]!["usedBy"]!;
        Assert.Equal(8, usedBy["totalCount"]!.GetValue<long>());
        Assert.Equal(2, usedBy["edges"]!.AsArray().Count);
        Assert.True(usedBy["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }
}
