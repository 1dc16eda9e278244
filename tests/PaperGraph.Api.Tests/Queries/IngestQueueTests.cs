using System.IO.Pipelines;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Samples;
using PaperGraph.Testing;
using PaperGraph.Ingestion.Queue;
using PaperGraph.Ingestion.Status;

namespace PaperGraph.Api.Tests.Queries;

/// <summary>The <c>ingest</c> mutation over HTTP through the shared ingestion queue, each test on a host of its own.</summary>
public sealed class IngestQueueTests : IAsyncDisposable
{
    private const string MambaPaper = "Paper:title:3739578d5832b8e4ff21";
    private readonly TempDirectory _temp = new();
    private readonly List<WebApplicationFactory<Program>> _factories = [];

    [Fact]
    public async Task Ingest_PaperMentioningMamba_IsLinkedToTheMambaPaperBeforeTheAnswer()
    {
        var factory = Host("linked.db");
        var api = new ApiClient(factory.CreateClient());
        await SeedSampleCorpusAsync(factory);

        var (status, body) = await api.PostAsync("""
            mutation($docs: [IngestDocumentInput!]) { ingest(documents: $docs) { index paperId status } }
            """, new { docs = new[] { new { title = "Selective State Spaces for Tabular Data", @abstract = "We adapt Mamba to tabular data and match gradient-boosted trees.", arxivId = "2611.00001" } } });
        var (_, paper) = await api.PostAsync("""
            { paper(arxivId: "2611.00001") { mentions { entity { id } surface } buildsOn { edges { node { cited { id } via { id } } } } } }
            """);

        Assert.Equal(200, status);
        JsonAssert.Equal("""{ "data": { "ingest": [ { "index": 0, "paperId": "Paper:arxiv:2611.00001", "status": "CREATED" } ] } }""", body);
        Assert.Contains(paper["data"]!["paper"]!["mentions"]!.AsArray(), m => m!["entity"]!["id"]!.GetValue<string>() == "Entity:pwc:mamba" && m["surface"]!.GetValue<string>() == "Mamba");
        Assert.Contains(paper["data"]!["paper"]!["buildsOn"]!["edges"]!.AsArray(), e => JsonNode.DeepEquals(e!["node"], JsonNode.Parse($$"""
            { "cited": { "id": "{{MambaPaper}}" }, "via": [ { "id": "Entity:pwc:mamba" } ] }
            """)));
    }

    [Fact]
    public async Task IngestionStatus_AfterSampleCorpusAndOneMutation_CountsAndLastReceipt()
    {
        var factory = Host("status.db");
        var api = new ApiClient(factory.CreateClient());
        await SeedSampleCorpusAsync(factory);
        await api.PostAsync("""
            mutation { ingest(documents: [{ title: "A Paper About Widgets", abstract: "We study widgets.", arxivId: "2611.00002" }, { title: "No Abstract", abstract: "" }]) { status } }
            """);

        var (_, body) = await api.PostAsync("""
            { ingestionStatus { queued processing done failed rejected papersCreated quarantined
                recentFiles(first: 1) { file origin state error receipt { papers created updated unchanged quarantined sourceFailure paperIds quarantinedRecords { line reasonCode } } }
                running { file } } }
            """);

        // 5 sample pages (372 papers, as ServeTests counts) + the mutation (1 paper, 1 quarantined).
        JsonAssert.Equal("""
            { "data": { "ingestionStatus": {
              "queued": 0, "processing": 0, "done": 6, "failed": 0, "rejected": 0, "papersCreated": 373, "quarantined": 1,
              "recentFiles": [ { "file": "graphql", "origin": "graphql", "state": "DONE", "error": null, "receipt": {
                "papers": 1, "created": 1, "updated": 0, "unchanged": 0, "quarantined": 1, "sourceFailure": null,
                "paperIds": [ "Paper:arxiv:2611.00002" ], "quarantinedRecords": [ { "line": 2, "reasonCode": "empty-abstract" } ] } } ],
              "running": [] } } }
            """, body);
    }

    [Fact]
    public async Task Ingest_QueueFull_Answers503WithRetryAfterAndErrorCode()
    {
        var factory = Host("full.db", capacity: 1, retryAfter: "00:00:07");
        var client = factory.CreateClient();
        var queue = factory.Services.GetRequiredService<IngestionQueue>();
        var status = factory.Services.GetRequiredService<IngestionStatus>();
        var running = new Pipe();
        var waiting = new Pipe();
        var first = queue.Enqueue(new IngestionSource("running.jsonl", () => running.Reader.AsStream()), IngestionQueue.InboxOrigin);
        await WaitUntilAsync(() => status.Snapshot().Processing == 1);
        var second = queue.Enqueue(new IngestionSource("waiting.jsonl", () => waiting.Reader.AsStream()), IngestionQueue.InboxOrigin);

        using var content = new StringContent(JsonSerializer.Serialize(new { query = """mutation { ingest(text: "{\"title\": \"T\", \"abstract\": \"A\"}") { status } }""" }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var (_, snapshot) = await new ApiClient(client).PostAsync("{ ingestionStatus { queued processing rejected running { file origin bytesRead records } } }");
        await running.Writer.CompleteAsync();
        await waiting.Writer.CompleteAsync();
        await Task.WhenAll(first.Completion, second.Completion).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("7", Assert.Single(response.Headers.GetValues("Retry-After")));
        Assert.Equal("INGESTION_QUEUE_FULL", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(7, body["errors"]![0]!["extensions"]!["retryAfter"]!.GetValue<int>());
        Assert.Null(body["data"]); // ingest is non-null, so its error nulls the whole result
        JsonAssert.Equal("""
            { "data": { "ingestionStatus": { "queued": 1, "processing": 1, "rejected": 1,
              "running": [ { "file": "running.jsonl", "origin": "inbox", "bytesRead": 0, "records": 0 } ] } } }
            """, snapshot);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }

        _temp.Dispose();
    }

    private WebApplicationFactory<Program> Host(string database, int capacity = 16, string retryAfter = "00:00:05")
    {
        var factory = ApiFixture.CreateFactory(_temp.File(database)).WithWebHostBuilder(web => web
            .UseSetting("Ingestion:QueueCapacity", capacity.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Ingestion:RetryAfter", retryAfter));
        _factories.Add(factory);
        return factory;
    }

    /// <summary>The bundled sample pages through the same queue, as <c>papergraph serve</c> seeds a fresh database.</summary>
    private static async Task SeedSampleCorpusAsync(WebApplicationFactory<Program> factory)
    {
        var queue = factory.Services.GetRequiredService<IngestionQueue>();
        var tickets = new List<IngestionTicket>();
        foreach (var name in SampleCorpus.FileNames)
        {
            tickets.Add(await queue.EnqueueAsync(new IngestionSource(name, () => SampleCorpus.Open(name)), "sample", linkEveryPaper: false, TestContext.Current.CancellationToken));
        }

        await Task.WhenAll(tickets.Select(t => t.Completion)).WaitAsync(TimeSpan.FromSeconds(120), TestContext.Current.CancellationToken);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
