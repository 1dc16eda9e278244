using System.Text.Json.Nodes;

namespace PaperGraph.Api.Tests.StoreParity;

/// <summary>Relay cursor connections and argument errors, the same on both stores.</summary>
public abstract partial class StoreQueryTests
{
    private const string PageQuery = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          papers(first: $first, after: $after, last: $last, before: $before, orderBy: TITLE) {
            edges { cursor node { id } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
        """;

    [Fact]
    public async Task Papers_PagingBackwardsWithLastBefore_VisitsTheForwardOrderReversed()
    {
        var forward = await PageIdsAsync(backward: false);
        var backward = await PageIdsAsync(backward: true);

        Assert.Equal(372, forward.Count);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task Papers_PageInfo_IsCompleteInBothDirections()
    {
        var first = (await PostAsync(PageQuery, new { first = 3 })).Body["data"]!["papers"]!;
        var second = (await PostAsync(PageQuery, new { first = 3, after = (string)first["pageInfo"]!["endCursor"]! })).Body["data"]!["papers"]!;
        var back = (await PostAsync(PageQuery, new { last = 3, before = (string)second["pageInfo"]!["startCursor"]! })).Body["data"]!["papers"]!;
        var end = (await PostAsync(PageQuery, new { last = 2 })).Body["data"]!["papers"]!;

        Assert.Equal("""{"hasNextPage":true,"hasPreviousPage":false}""", Flags(first));
        Assert.Equal("""{"hasNextPage":true,"hasPreviousPage":true}""", Flags(second));
        Assert.Equal((string)first["edges"]![0]!["cursor"]!, (string)first["pageInfo"]!["startCursor"]!);
        Assert.Equal((string)second["edges"]![2]!["cursor"]!, (string)second["pageInfo"]!["endCursor"]!);
        Assert.Equal(first["edges"]!.ToJsonString(), back["edges"]!.ToJsonString());
        Assert.Equal("""{"hasNextPage":true,"hasPreviousPage":false}""", Flags(back));
        Assert.Equal("""{"hasNextPage":false,"hasPreviousPage":true}""", Flags(end));
    }

    [Theory]
    [InlineData("{ papers(first: -1) { edges { cursor } } }", "'first' is -1; it must be 0 or more.", "ARGUMENT_OUT_OF_RANGE")]
    [InlineData("{ papers(last: -2) { edges { cursor } } }", "'last' is -2; it must be 0 or more.", "ARGUMENT_OUT_OF_RANGE")]
    [InlineData("{ papers(first: 101) { edges { cursor } } }", "'first' is 101; at most 100 is allowed.", "PAGE_SIZE_EXCEEDED")]
    [InlineData("{ papers(last: 101) { edges { cursor } } }", "'last' is 101; at most 100 is allowed.", "PAGE_SIZE_EXCEEDED")]
    [InlineData("{ papers(first: 2, last: 2) { edges { cursor } } }", "Give `first` or `last`, not both: `first`/`after` page forwards, `last`/`before` backwards.", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("{ papers(after: \"bogus\") { edges { cursor } } }", "'after' is not a cursor of this list: pass a `cursor`, `startCursor` or `endCursor` this connection gave out.", "INVALID_CURSOR")]
    [InlineData("{ papers(last: 1, before: \"bogus\") { edges { cursor } } }", "'before' is not a cursor of this list: pass a `cursor`, `startCursor` or `endCursor` this connection gave out.", "INVALID_CURSOR")]
    [InlineData("{ entities(last: 1, before: \"bogus\") { edges { cursor } } }", "'before' is not a cursor of this list: pass a `cursor`, `startCursor` or `endCursor` this connection gave out.", "INVALID_CURSOR")]
    [InlineData("{ neighbourhood(id: \"Entity:curated:s4\", hops: 4) { truncated } }", "'hops' is 4; it must be from 0 to 3.", "ARGUMENT_OUT_OF_RANGE")]
    [InlineData("{ neighbourhood(id: \"Entity:curated:s4\", maxNodes: 501) { truncated } }", "'maxNodes' is 501; it must be from 1 to 500.", "ARGUMENT_OUT_OF_RANGE")]
    [InlineData("{ path(from: \"Entity:curated:s4\", to: \"Entity:curated:s4\", maxHops: 5) { nodes { id } } }", "'maxHops' is 5; it must be from 0 to 4.", "ARGUMENT_OUT_OF_RANGE")]
    [InlineData("{ resolveEntities(inputs: [{name: \"S4\"}], limit: 21) { name } }", "'limit' is 21; it must be from 1 to 20.", "ARGUMENT_OUT_OF_RANGE")]
    [InlineData("{ papers(where: {dateFrom: \"Jun 12\"}) { totalCount } }", "'where.dateFrom' is 'Jun 12', which is not a date: give YYYY-MM-DD, YYYY-MM or YYYY (ISO 8601), such as 2025-03-12.", "INVALID_DATE")]
    public async Task Arguments_OutOfRangeOrMalformed_AreRefusedNamingTheArgument(string query, string message, string code)
    {
        var (_, body) = await PostAsync(query);

        Assert.Equal(message, (string?)body["errors"]?[0]?["message"]);
        Assert.Equal(code, (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task PageSize_InAVariable_IsRefusedLikeTheLiteral()
    {
        const string query = "query($n: Int) { papers(first: $n) { edges { cursor } } }";
        await PostAsync(query, new { n = 1 }); // caches the document, so the next request skips validation

        var (_, body) = await PostAsync(query, new { n = 101 });

        Assert.Equal("'first' is 101; at most 100 is allowed.", (string?)body["errors"]![0]!["message"]);
        Assert.Equal(100, (int)body["errors"]![0]!["extensions"]!["limit"]!);
    }

    [Fact]
    public async Task Node_BareIds_FindPapersAndEntities()
    {
        var (_, body) = await PostAsync($$"""
            { paper: node(id: "{{Mamba["Paper:".Length..]}}") { id __typename }
              entity: node(id: "curated:s4") { id __typename }
              typed: node(id: "Paper:curated:s4") { id } }
            """);

        JsonAssert.Equal($$"""
            { "data": { "paper": { "id": "{{Mamba}}", "__typename": "Paper" },
                        "entity": { "id": "Entity:curated:s4", "__typename": "Entity" },
                        "typed": null } }
            """, body);
    }

    [Fact]
    public async Task Neighbourhood_OfAHubEntity_SaysItWasSampledAndHowMuchWasLeftOut()
    {
        var (_, body) = await PostAsync("""
            { entity(id: "pwc:transformer") { usedBy(first: 0) { totalCount } }
              neighbourhood(id: "Entity:pwc:transformer", hops: 1, maxNodes: 500) { truncated nodesLeftOut papersLeftOut nodes { id nodeId } } }
            """);

        var total = (long)body["data"]!["entity"]!["usedBy"]!["totalCount"]!;
        var hood = body["data"]!["neighbourhood"]!;
        Assert.True(total > 50, $"the sample corpus should have pwc:transformer in more than 50 papers, has {total}");
        Assert.True((bool)hood["truncated"]!);
        Assert.Equal(total - 50, (long)hood["papersLeftOut"]!);
        Assert.Equal(0, (int)hood["nodesLeftOut"]!);
        Assert.All(hood["nodes"]!.AsArray(), n => Assert.Equal("GraphNode:" + (string)n!["nodeId"]!, (string)n["id"]!));
    }

    [Fact]
    public async Task Entities_LastBefore_GivesTheItemsJustBeforeTheCursor()
    {
        const string query = "query($first: Int, $last: Int, $before: String) { entities(first: $first, last: $last, before: $before) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage } } }";
        var forward = (await PostAsync(query, new { first = 10 })).Body["data"]!["entities"]!["edges"]!.AsArray();

        var back = (await PostAsync(query, new { last = 3, before = (string)forward[7]!["cursor"]! })).Body["data"]!["entities"]!;

        Assert.Equal(forward.Skip(4).Take(3).Select(e => (string)e!["node"]!["id"]!), back["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
        Assert.Equal("""{"hasNextPage":true,"hasPreviousPage":true}""", back["pageInfo"]!.ToJsonString());
    }

    private static string Flags(JsonNode connection) =>
        new JsonObject { ["hasNextPage"] = (bool)connection["pageInfo"]!["hasNextPage"]!, ["hasPreviousPage"] = (bool)connection["pageInfo"]!["hasPreviousPage"]! }.ToJsonString();

    private async Task<List<string>> PageIdsAsync(bool backward)
    {
        var ids = new List<string>();
        string? cursor = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var (_, body) = await PostAsync(PageQuery, backward ? new { last = (int?)50, before = cursor, first = (int?)null, after = (string?)null } : new { last = (int?)null, before = (string?)null, first = (int?)50, after = cursor });
            var papers = body["data"]!["papers"]!;
            var page = papers["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!).ToList();
            ids.InsertRange(backward ? 0 : ids.Count, page);
            var info = papers["pageInfo"]!;
            if (!(bool)info[backward ? "hasPreviousPage" : "hasNextPage"]!)
            {
                return ids;
            }

            cursor = (string)info[backward ? "startCursor" : "endCursor"]!;
        }

        throw new InvalidOperationException("Paging did not end.");
    }
}
