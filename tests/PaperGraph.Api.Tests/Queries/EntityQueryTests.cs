namespace PaperGraph.Api.Tests.Queries;

public sealed class EntityQueryTests(ApiFixture api)
{
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
