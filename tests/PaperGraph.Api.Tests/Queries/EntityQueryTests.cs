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

    [Fact]
    public async Task Entity_UsedByPageAndTotal_TheEntityThenOneUsageCall()
    {
        api.Store.Reset();

        var (_, body) = await api.PostAsync("""{ entity(id: "pwc:transformer") { name usedBy(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title date } } } } }""");

        Assert.Equal(20, body["data"]!["entity"]!["usedBy"]!["edges"]!.AsArray().Count);
        // The entity; then the page, its papers and the count in one call (three calls before: ids, papers, count).
        Assert.Equal(1, api.Store.Calls["GetEntityUsageAsync"]);
        Assert.Equal(2, api.Store.Total);
    }

    [Fact]
    public async Task Entity_UsedByTotalAlone_OnlyCounts()
    {
        api.Store.Reset();

        var (_, body) = await api.PostAsync("""{ entity(id: "pwc:transformer") { usedBy(first: 20) { totalCount } } }""");

        Assert.True(body["data"]!["entity"]!["usedBy"]!["totalCount"]!.GetValue<long>() > 20);
        Assert.Equal(1, api.Store.Calls["CountPapersAsync"]);
        Assert.False(api.Store.Calls.ContainsKey("GetEntityUsageAsync"));
    }
}
