using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using PaperGraph.Testing;

namespace PaperGraph.Api.Tests.Abuse;

/// <summary>Writes need the API key; the Host header is checked; introspection and suggestions can be switched off.</summary>
public sealed class WriteAccessTests : IAsyncLifetime
{
    private const string Key = "test-key-0123456789abcdef";
    private const string Mutation = """mutation { ingest(documents: [{ title: "Keyed Paper About Widgets", abstract: "We study widgets." }]) { status } }""";

    private readonly TempDirectory _temp = new();
    private WebApplicationFactory<Program> _factory = null!;

    public ValueTask InitializeAsync()
    {
        _factory = ApiFixture.CreateFactory(_temp.File("keyed.db")).WithWebHostBuilder(web => web
            .UseSetting("Security:AllowAnonymousLoopbackWrites", "false")
            .UseSetting("Security:ApiKey", Key)
            .UseSetting("Security:EnableIntrospection", "false")
            .UseSetting("Security:EnableFieldSuggestions", "false"));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _temp.Dispose();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-key-0123456789abcdef")]
    public async Task Ingest_WithoutTheKey_Refused401AndNothingStored(string? authorization)
    {
        var (status, body) = await PostAsync(Mutation, authorization);
        var (_, stats) = await PostAsync("{ papers { totalCount } }", authorization);

        Assert.Equal(401, status);
        Assert.Equal("UNAUTHORIZED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(body["data"]);
        Assert.Equal(0, stats["data"]!["papers"]!["totalCount"]!.GetValue<long>());
    }

    [Fact]
    public async Task Ingest_WithTheKey_AcceptedAndQuarantineReadable()
    {
        var (status, body) = await PostAsync(Mutation, "Bearer " + Key);
        var (again, _) = await PostAsync(Mutation, "Bearer " + Key); // cached document: still checked, still granted
        var (refused, _) = await PostAsync("{ quarantine(first: 1) { totalCount } }", authorization: null);
        var (allowed, quarantine) = await PostAsync("{ quarantine(first: 1) { totalCount } }", "Bearer " + Key);

        Assert.Equal((200, 200), (status, again));
        Assert.Equal("CREATED", body["data"]!["ingest"]![0]!["status"]!.GetValue<string>());
        Assert.Equal((401, 200), (refused, allowed));
        Assert.Equal(0, quarantine["data"]!["quarantine"]!["totalCount"]!.GetValue<long>());
    }

    [Fact]
    public async Task IngestText_OverTheDocumentCap_RefusedBeforeAnythingStored()
    {
        var lines = string.Concat(Enumerable.Range(0, 1_001).Select(i => $"{{\"title\": \"Paper {i}\", \"abstract\": \"About {i}.\"}}\n"));
        var query = "mutation($t: String) { ingest(text: $t) { status } }";

        var (_, body) = await PostAsync(query, "Bearer " + Key, new { t = lines });
        var (_, stats) = await PostAsync("{ papers { totalCount } }", authorization: null);

        Assert.Equal("TOO_MANY_INPUTS", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(0, stats["data"]!["papers"]!["totalCount"]!.GetValue<long>());
    }

    [Fact]
    public async Task Request_ForeignHostHeader_Refused400()
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Host = "attacker.example";

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Introspection_SwitchedOff_RefusedAndNoSuggestions()
    {
        var (_, schema) = await PostAsync("{ __schema { types { name } } }", authorization: null);
        var (_, typo) = await PostAsync("{ paperz { id } }", authorization: null);

        Assert.Null(schema["data"]);
        Assert.NotNull(schema["errors"]);
        var message = typo["errors"]![0]!["message"]!.GetValue<string>();
        Assert.DoesNotContain("Did you mean", message, StringComparison.Ordinal);
    }

    private async Task<(int Status, JsonNode Body)> PostAsync(string query, string? authorization, object? variables = null)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, JsonNode.Parse(text)!);
    }
}
