using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Store.Neo4j.Http;

namespace PaperGraph.Api.Tests.Faults;

/// <summary>
/// Neo4j ending a query's transaction at its own time limit is one typed GraphQL error saying so, not "Error trying to
/// resolve field". The exception is raised where the real one surfaces (the store call; CypherClient turns Neo4j's answer
/// into it, see the Neo4j tests' TransactionTimeoutTests): this checks the API's mapping, not Neo4j.
/// </summary>
public sealed class StoreTransactionTimeoutTests(ApiFixture api)
{
    [Fact]
    public async Task Papers_Neo4jTransactionTimedOut_OneTypedErrorSayingSo()
    {
        await using var factory = api.Factory.WithWebHostBuilder(_ => { });
        using var client = factory.CreateClient();
        factory.Services.GetRequiredService<CountingGraphStore>().BeforeQueryPapers = _ => throw new Neo4jTransactionTimeoutException(
            "Neo.ClientError.Transaction.TransactionTimedOut",
            "Neo4j stopped the transaction at its time limit, dbms.transaction.timeout (Neo.ClientError.Transaction.TransactionTimedOut).");

        var (status, body) = await new ApiClient(client).PostAsync("""query { papers(search: "model", first: 1) { edges { node { title } } } }""");

        Assert.Equal(200, status);
        JsonAssert.Equal("""
            {
              "errors": [{
                "message": "Neo4j stopped the transaction at its time limit, dbms.transaction.timeout (Neo.ClientError.Transaction.TransactionTimedOut).",
                "locations": [{ "line": 1, "column": 45 }],
                "path": ["papers", "edges"],
                "extensions": { "code": "STORE_TIMEOUT", "codes": ["STORE_TIMEOUT"] }
              }],
              "data": null
            }
            """, body);
    }
}
