using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace PaperGraph.Api.Tests.Transport;

public sealed class TransportTests(ApiFixture api)
{
    [Fact]
    public async Task Get_Query_AnswersJson()
    {
        using var response = await api.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ papers { totalCount } }"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        JsonAssert.Equal("""{ "data": { "papers": { "totalCount": 372 } } }""", JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Get_Mutation_Answers405AllowPost()
    {
        using var response = await api.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Get_MutationWhoseDocumentIsCached_StillAnswers405()
    {
        const string mutation = "mutation Cached { __typename }";
        var (postStatus, _) = await api.PostAsync(mutation); // parses, validates and caches the document

        using var response = await api.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(mutation), TestContext.Current.CancellationToken);

        Assert.Equal(200, postStatus);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_AcceptGraphQLResponseJson_UsesThatTypeAnd400OnInvalidDocument()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query": "{ nope }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Post_TextPlain_Answers415()
    {
        using var content = new StringContent("""{"query": "{ papers { totalCount } }"}""", Encoding.UTF8, "text/plain");

        using var response = await api.Client.PostAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Health_LiveAndReady_AnswerHealthy()
    {
        using var live = await api.Client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        using var ready = await api.Client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("application/json", ready.Content.Headers.ContentType!.MediaType);
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("Healthy", (string?)body["status"]);
        Assert.Equal("Healthy", (string?)body["checks"]!["store"]!["status"]);
        Assert.StartsWith("372 papers", (string?)body["checks"]!["store"]!["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_ApiHostAlone_AnswersPrometheusText()
    {
        using var response = await api.Client.GetAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("# TYPE papergraph_ingestion_queued gauge\n", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
