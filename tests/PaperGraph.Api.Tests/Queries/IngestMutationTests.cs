using PaperGraph.Testing;

namespace PaperGraph.Api.Tests.Queries;

/// <summary>Ingests into a host of its own, so the shared sample graph stays as the other tests expect it.</summary>
public sealed class IngestMutationTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private ApiClient _api = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory = null!;

    public ValueTask InitializeAsync()
    {
        _factory = ApiFixture.CreateFactory(_temp.File("ingest.db"));
        _api = new ApiClient(_factory.CreateClient());
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Ingest_Documents_CreatedThenUnchangedThenUpdatedAndBadOneQuarantined()
    {
        const string mutation = """
            mutation($docs: [IngestDocumentInput!]) { ingest(documents: $docs) { index paperId status reasonCode } }
            """;
        object[] docs =
        [
            new { title = "A Test Paper About Widgets", @abstract = "We study widgets.", arxivId = "2501.00001" },
            new { title = "No Abstract Here", @abstract = "" },
        ];

        var (_, first) = await _api.PostAsync(mutation, new { docs });
        var (_, again) = await _api.PostAsync(mutation, new { docs = docs[..1] });
        var (_, changed) = await _api.PostAsync(mutation, new { docs = new[] { new { title = "A Test Paper About Widgets", @abstract = "We study more widgets.", arxivId = "2501.00001v2" } } });

        JsonAssert.Equal("""
            { "data": { "ingest": [
              { "index": 0, "paperId": "Paper:arxiv:2501.00001", "status": "CREATED", "reasonCode": null },
              { "index": 1, "paperId": null, "status": "QUARANTINED", "reasonCode": "empty-abstract" } ] } }
            """, first);
        Assert.Equal("UNCHANGED", again["data"]!["ingest"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("UPDATED", changed["data"]!["ingest"]![0]!["status"]!.GetValue<string>());

        var (_, quarantine) = await _api.PostAsync("{ quarantine(first: 10) { totalCount edges { node { source reasonCode } } } }");
        Assert.Contains(quarantine["data"]!["quarantine"]!["edges"]!.AsArray(), e => e!["node"]!["reasonCode"]!.GetValue<string>() == "empty-abstract");
    }
}
