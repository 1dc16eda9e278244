using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace PaperGraph.Api.Tests.Abuse;

/// <summary>Hostile requests: each is refused quickly with a clear error, touches the store zero times, and the service keeps answering.</summary>
public sealed class AbuseTests(ApiFixture api)
{
    public static TheoryData<string, string, int> Queries => new()
    {
        { "depth", "{ papers { edges { node { " + string.Concat(Enumerable.Repeat("buildsOn { edges { node { cited { ", 7)) + "id" + new string('}', 7 * 4) + " } } } }", 12 },
        { "aliases", "{ " + string.Join(' ', Enumerable.Range(0, 500).Select(i => $"a{i}: papers(first: 1) {{ totalCount }}")) + " }", 50 },
        { "first", "{ papers(first: 100000) { edges { node { id } } } }", 100 },
        { "search per item", "{ papers(first: 100) { edges { node { relatedPapers { score } } } } }", 50_000 },
        { "introspection", "{ " + string.Join(' ', Enumerable.Range(0, 200).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name type {{ name ofType {{ name }} }} }} }} }}")) + " }", 50 },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Post_HostileQuery_RefusedWithCodeAndLimitBeforeAnyStoreCall(string what, string query, int limit)
    {
        api.Store.Reset();
        var clock = Stopwatch.StartNew();

        var (status, body) = await api.PostAsync(query);

        Assert.Equal(200, status); // application/json: a well-formed request is 200, the error is in the body
        Assert.Null(body["data"]);
        var extensions = body["errors"]!.AsArray().Select(e => e!["extensions"]!).First(x => x["limit"] is not null);
        Assert.EndsWith("_EXCEEDED", extensions["code"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(limit, extensions["limit"]!.GetValue<int>());
        Assert.Equal(0, api.Store.Total);
        Assert.True(clock.ElapsedMilliseconds < 2_000, $"{what} took {clock.ElapsedMilliseconds} ms");
        await AssertStillAnsweringAsync();
    }

    [Fact]
    public async Task Post_TenMegabyteBody_Answers413WithoutReadingItAll()
    {
        api.Store.Reset();
        var query = "{ papers { totalCount } }" + new string(' ', 10 * 1024 * 1024);
        using var content = new StringContent($$"""{"query": "{{query}}"}""", Encoding.UTF8, "application/json");

        using var response = await api.Client.PostAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("REQUEST_TOO_LARGE", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(0, api.Store.Total);
        await AssertStillAnsweringAsync();
    }

    [Fact]
    public async Task Post_LargeBodyWithoutContentLength_CountedAndRefused()
    {
        var chunks = new ChunkedContent(Encoding.UTF8.GetBytes("{\"query\": \"" + new string(' ', 2 * 1024 * 1024) + "\"}"));

        using var response = await api.Client.PostAsync("/graphql", chunks, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_MalformedJson_Answers400()
    {
        api.Store.Reset();
        using var content = new StringContent("{\"query\": \"{ papers { totalCount } }\"", Encoding.UTF8, "application/json");

        using var response = await api.Client.PostAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("BAD_REQUEST", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(0, api.Store.Total);
    }

    [Fact]
    public async Task Post_FirstHugeInVariables_RefusedFreshAndWhenCached()
    {
        const string query = "query($n: Int) { papers(first: $n) { edges { node { title } } } }";

        var (_, fresh) = await api.PostAsync(query, new { n = 100_000 });
        await api.PostAsync(query, new { n = 2 }); // validates, and caches the parsed document
        var (_, cached) = await api.PostAsync(query, new { n = 100_000 });

        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", fresh["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        // A cached document skips the text-only rules, never the cost, which the variables change.
        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", cached["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(cached["data"]);
    }

    private async Task AssertStillAnsweringAsync()
    {
        var (status, body) = await api.PostAsync("{ papers(first: 1) { totalCount } }");
        Assert.Equal(200, status);
        Assert.Equal(372, body["data"]!["papers"]!["totalCount"]!.GetValue<long>());
    }

    /// <summary>A body sent without Content-Length, so the server must count what it reads.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
