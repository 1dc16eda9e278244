using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using PaperGraph.Testing;
using PaperGraph.Testing.Metrics;
using PaperGraph.Testing.Processes;
using PaperGraph.Ingestion.Tests.Infrastructure;

namespace PaperGraph.Ingestion.Tests.Processes;

/// <summary><c>papergraph serve</c> as a child process on a free port and a temp database.</summary>
public sealed class ServeTests
{
    /// <summary>The five listing pages' 372 papers and the dated sample's 3,000.</summary>
    private const int SamplePapers = 3_372;

    [Fact]
    public async Task Serve_FreshDatabase_LoadsSampleCorpusServesGraphQLAndMetricsAndStopsOnSigterm()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var url = $"http://127.0.0.1:{FreePort()}";
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        using var serve = CliProcess.Start(new Dictionary<string, string>(), "serve", "--db", temp.File("db/pg.db"), "--urls", url);

        // Ready means seeded: the whole sample graph is there the moment readiness first answers 200.
        await Eventually.TrueAsync(() => ReadyStatus(http) == HttpStatusCode.OK, TimeSpan.FromSeconds(120), $"/health/ready 200\n{serve.Output}");
        Assert.Equal(SamplePapers, TotalCount(http));
        using (var ready = await http.GetAsync("/health/ready", ct))
        {
            var checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("checks");
            Assert.Equal("Healthy", checks.GetProperty("seeding").GetProperty("status").GetString());
        }

        // The counters move when a file's job finishes, just after its last batch is stored and linked.
        var metrics = "";
        await Eventually.TrueAsync(
            () => PrometheusText.Value(metrics = http.GetStringAsync("/metrics", ct).GetAwaiter().GetResult(), "papergraph_ingestion_files_total", ("outcome", "done")) == 6,
            TimeSpan.FromSeconds(30),
            "five finished sample pages and the dated sample in /metrics");

        Assert.Equal(SamplePapers, PrometheusText.Value(metrics, "papergraph_ingestion_papers_total", ("result", "created")));
        Assert.Contains("http_server_request_duration_seconds_bucket", metrics, StringComparison.Ordinal); // the framework's, beside ours
        Assert.True(Directory.Exists(temp.File("db/inbox/processing")), "the default inbox sits next to the database");
        Assert.Contains($"GraphQL:  {url}/graphql", serve.Output, StringComparison.Ordinal);
        Assert.True(await serve.TerminateAsync(TimeSpan.FromSeconds(20)), serve.Output);
        Assert.Equal(0, serve.ExitCode);
    }

    [Fact]
    public async Task Serve_BrowserGetsGraphQL_ServesGraphiQLAndPrintsEveryUrl()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var url = $"http://127.0.0.1:{FreePort()}";
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        using var serve = CliProcess.Start(new Dictionary<string, string>(), "serve", "--db", temp.File("pg.db"), "--urls", url);
        await Eventually.TrueAsync(() => serve.Output.Contains("Press Ctrl+C", StringComparison.Ordinal) || serve.HasExited, TimeSpan.FromSeconds(60), serve.Output);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var page = await http.SendAsync(request, ct);
        var html = await page.Content.ReadAsStringAsync(ct);
        using var script = await http.GetAsync("/graphiql/graphiql.min.js", ct);
        using var live = await http.GetAsync("/health/live", ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>PaperGraph · GraphiQL</title>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        foreach (var line in new[]
        {
            $"Explorer: {url}/ (open in a browser)",
            $"GraphQL:  {url}/graphql",
            $"GraphiQL: {url}/graphql (open in a browser)",
            $"Health:   {url}/health/live, {url}/health/ready",
            $"Metrics:  {url}/metrics",
            $"Inbox:    {temp.File("inbox")}",
        })
        {
            // The banner is on stderr, out of the way of the log lines on stdout.
            Assert.Contains(line, serve.StandardError, StringComparison.Ordinal);
            Assert.DoesNotContain(line, serve.StandardOutput, StringComparison.Ordinal);
        }

        Assert.True(await serve.TerminateAsync(TimeSpan.FromSeconds(20)), serve.Output);
    }

    [Fact]
    public async Task Serve_RunAgainOnTheSameDatabase_ChangesNothing()
    {
        using var temp = new TempDirectory();
        var database = temp.File("pg.db");
        var url = $"http://127.0.0.1:{FreePort()}";
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        using (var first = CliProcess.Start(new Dictionary<string, string>(), "serve", "--db", database, "--urls", url))
        {
            await Eventually.TrueAsync(() => PrometheusText.Value(Metrics(http), "papergraph_ingestion_files_total", ("outcome", "done")) == 6, TimeSpan.FromSeconds(120), $"the sample corpus\n{first.Output}");
            Assert.True(await first.TerminateAsync(TimeSpan.FromSeconds(20)), first.Output);
        }

        using var second = CliProcess.Start(new Dictionary<string, string>(), "serve", "--db", database, "--urls", url);
        await Eventually.TrueAsync(() => TotalCount(http) == SamplePapers, TimeSpan.FromSeconds(60), $"{SamplePapers} papers\n{second.Output}");
        await Task.Delay(1_000, TestContext.Current.CancellationToken); // room for a seeding that must not happen

        Assert.Equal(0, PrometheusText.Value(Metrics(http), "papergraph_ingestion_files_total", ("outcome", "done")));
        Assert.Equal(SamplePapers, TotalCount(http));
        Assert.True(await second.TerminateAsync(TimeSpan.FromSeconds(20)), second.Output);
    }

    private static string Metrics(HttpClient http)
    {
        try
        {
            return http.GetStringAsync("/metrics").GetAwaiter().GetResult();
        }
        catch (HttpRequestException)
        {
            return "";
        }
    }

    private static long TotalCount(HttpClient http)
    {
        try
        {
            using var response = http.PostAsJsonAsync("/graphql", new { query = "{ papers { totalCount } }" }).GetAwaiter().GetResult();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return -1;
            }

            using var body = JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
            return body.RootElement.GetProperty("data").GetProperty("papers").GetProperty("totalCount").GetInt64();
        }
        catch (HttpRequestException)
        {
            return -1; // not listening yet
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static HttpStatusCode? ReadyStatus(HttpClient http)
    {
        try
        {
            using var response = http.GetAsync("/health/ready").GetAwaiter().GetResult();
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null; // not listening yet
        }
    }
}
