using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Testing;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Api.Tests.Queries;

/// <summary>
/// <c>author(name:)</c> and <c>where.author</c> over a host of its own (the sample corpus lists no authors):
/// four papers whose listings spell one author three ways.
/// </summary>
public sealed class AuthorQueryTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory = null!;
    private ApiClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _factory = ApiFixture.CreateFactory(_temp.File("authors.db"));
        _client = new ApiClient(_factory.CreateClient());
        var store = _factory.Services.GetRequiredService<IGraphStore>();
        var ct = TestContext.Current.CancellationToken;
        await store.UpsertEntitiesAsync([Entity("test:mamba", "Mamba", EntityKind.Architecture), Entity("test:s4", "S4", EntityKind.Architecture)], ct);
        Paper[] papers =
        [
            Paper("title:a1", "One", "Mamba and S4.", Date(2024, 1, 5), authors: ["Émile Zola", "Ada Lovelace"]),
            Paper("title:a2", "Two", "Mamba again.", Date(2025, 2, 1), authors: ["Zola, Emile", "Ada Lovelace", "Alan Turing"]),
            Paper("title:a3", "Three", "S4 only.", Date(2025, 3, 1), authors: ["EMILE ZOLA"]),
            Paper("title:a4", "Four", "Mamba without him.", Date(2025, 4, 1), authors: ["Ada Lovelace"]),
        ];
        await store.UpsertPapersAsync([.. papers.Select(p => Record(p))], ct);
        await store.SaveAnnotationsAsync(
            [Mentions(papers[0], "test:mamba", "test:s4"), Mentions(papers[1], "test:mamba"), Mentions(papers[2], "test:s4"), Mentions(papers[3], "test:mamba")], ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Author_ByAnySpelling_HasTheirPapersEntitiesAndCoAuthors()
    {
        var (_, body) = await _client.PostAsync("""
            { author(name: "zola, émile") {
                key name
                papers { totalCount edges { node { id } } }
                entities { entityId papers }
                coAuthors { name key papers } }
              papers(where: { author: "E. Zola" }) { totalCount }
              byKey: papers(where: { author: "Emile Zola" }, orderBy: ID) { edges { node { id } } facets { authors { key papers } } } }
            """);

        JsonAssert.Equal("""
            { "data": {
              "author": {
                "key": "emile zola", "name": "EMILE ZOLA",
                "papers": { "totalCount": 3, "edges": [ { "node": { "id": "Paper:title:a3" } }, { "node": { "id": "Paper:title:a2" } }, { "node": { "id": "Paper:title:a1" } } ] },
                "entities": [ { "entityId": "Entity:test:mamba", "papers": 2 }, { "entityId": "Entity:test:s4", "papers": 2 } ],
                "coAuthors": [ { "name": "Ada Lovelace", "key": "ada lovelace", "papers": 2 }, { "name": "Alan Turing", "key": "alan turing", "papers": 1 } ] },
              "papers": { "totalCount": 0 },
              "byKey": {
                "edges": [ { "node": { "id": "Paper:title:a1" } }, { "node": { "id": "Paper:title:a2" } }, { "node": { "id": "Paper:title:a3" } } ],
                "facets": { "authors": [ { "key": "emile zola", "papers": 3 }, { "key": "ada lovelace", "papers": 2 }, { "key": "alan turing", "papers": 1 } ] } } } }
            """, body);
    }
}
