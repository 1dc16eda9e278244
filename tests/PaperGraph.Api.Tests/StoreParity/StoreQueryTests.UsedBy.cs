using System.Text.Json.Nodes;

namespace PaperGraph.Api.Tests.StoreParity;

public abstract partial class StoreQueryTests
{
    private const string UsedByBothQuery = "query($id: ID!, $after: String, $from: String) { entity(id: $id) { usedBy(first: 3, after: $after, dateFrom: $from) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id title date } } } } }";
    private const string UsedByPageQuery = "query($id: ID!, $after: String, $from: String) { entity(id: $id) { usedBy(first: 3, after: $after, dateFrom: $from) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id title date } } } } }";
    private const string UsedByTotalQuery = "query($id: ID!, $after: String, $from: String) { entity(id: $id) { usedBy(first: 3, after: $after, dateFrom: $from) { totalCount } } }";

    /// <summary>The page and its total read together (one store call) answer what the page and the total read apart do.</summary>
    [Theory]
    [InlineData("pwc:transformer", null)]
    [InlineData("pwc:transformer", "2024-06")]
    [InlineData("curated:s4", null)]
    [InlineData("pwc:nothing-mentions-this", null)]
    public async Task UsedBy_PageWithTotal_SameAsPageAndTotalAskedApart(string id, string? from)
    {
        string? after = null;
        for (var page = 0; page < 3; page++)
        {
            var both = (await PostAsync(UsedByBothQuery, new { id, after, from })).Body;
            var apart = (await PostAsync(UsedByPageQuery, new { id, after, from })).Body;
            var total = (await PostAsync(UsedByTotalQuery, new { id, after, from })).Body;

            if (both["data"]!["entity"] is not JsonObject entity)
            {
                Assert.Null(apart["data"]!["entity"]);
                return;
            }

            var usedBy = entity["usedBy"]!.AsObject();
            Assert.Equal(total["data"]!["entity"]!["usedBy"]!["totalCount"]!.ToJsonString(), usedBy["totalCount"]!.ToJsonString());
            usedBy.Remove("totalCount");
            Assert.Equal(apart["data"]!["entity"]!["usedBy"]!.ToJsonString(), usedBy.ToJsonString());
            if (!(bool)usedBy["pageInfo"]!["hasNextPage"]!)
            {
                return;
            }

            after = (string)usedBy["pageInfo"]!["endCursor"]!;
        }
    }

    [Fact]
    public async Task UsedBy_PageWithTotalAfterAForeignCursor_NamesTheCursor()
    {
        var (_, body) = await PostAsync(UsedByBothQuery, new { id = "pwc:transformer", after = "bm90LWEtY3Vyc29y", from = (string?)null });

        Assert.Equal("INVALID_CURSOR", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }
}
