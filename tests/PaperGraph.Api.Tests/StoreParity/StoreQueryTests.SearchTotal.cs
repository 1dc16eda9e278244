namespace PaperGraph.Api.Tests.StoreParity;

public abstract partial class StoreQueryTests
{
    private const string SearchBothQuery = "query($q: String, $last: Int, $first: Int) { papers(search: $q, first: $first, last: $last) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }";
    private const string SearchTotalQuery = "query($q: String) { papers(search: $q) { totalCount } }";

    /// <summary>A search's total taken from its counted first page (Neo4j) is the total counted alone.</summary>
    [Theory]
    [InlineData("state space", 3, null)]
    [InlineData("transformer", null, 2)]
    [InlineData("models", 5, null)]
    [InlineData("nothingmatchesthisword", 3, null)]
    public async Task Papers_SearchPageWithTotal_TotalAsCountedAlone(string q, int? first, int? last)
    {
        var both = (await PostAsync(SearchBothQuery, new { q, first, last })).Body;
        var total = (await PostAsync(SearchTotalQuery, new { q })).Body;

        Assert.Null(both["errors"]);
        var papers = both["data"]!["papers"]!.AsObject();
        Assert.Equal(total["data"]!["papers"]!["totalCount"]!.ToJsonString(), papers["totalCount"]!.ToJsonString());
        Assert.True((long)papers["totalCount"]! >= papers["edges"]!.AsArray().Count);
    }

    [Fact]
    public async Task Papers_SearchPageWithTotalAfterAForeignCursor_NamesTheCursorAndCounts()
    {
        var (_, body) = await PostAsync("""{ papers(search: "state space", first: 2, after: "bm90LWEtY3Vyc29y") { totalCount edges { node { id } } } }""");

        Assert.Equal("INVALID_CURSOR", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }
}
