using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using PaperGraph.Testing;

namespace PaperGraph.Cli.Tests;

/// <summary>
/// <c>serve</c> on an empty database: it is ready only once the listing pages and then the dated sample are
/// in, and then the explorer at <c>/</c> has dated papers to chart and filter by year.
/// </summary>
public sealed class ServeSeedingTests
{
    [Fact]
    public async Task Serve_OnAnEmptyStore_IngestsTheListingPagesThenTheDatedSampleBeforeItIsReady()
    {
        using var temp = new TempDirectory();
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var serve = CliRun.RunAsync(["serve", "--db", temp.File("serve.db"), "--inbox", temp.File("inbox"), "--urls", url], stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        try
        {
            await WaitReadyAsync(http, serve);

            var page = await http.GetStringAsync("/", TestContext.Current.CancellationToken);
            // The bundled page, or the source page where the build had no npm to bundle with.
            Assert.Matches(@"<script type=""module"" src=""/explorer/(dist/explorer-[A-Z0-9]+\.min\.js|app\.js)""></script>", page);

            const string Query = """
                { papers(first: 0) { totalCount facets { years { value papers } } }
                  ingestionStatus { recentFiles(first: 10) { file origin state } } }
                """;
            using var response = await http.PostAsJsonAsync("/graphql", new { query = Query }, TestContext.Current.CancellationToken);
            var data = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["data"]!;
            var files = data["ingestionStatus"]!["recentFiles"]!.AsArray();
            // Newest first: the dated sample finished last, after all five listing pages.
            Assert.Equal("arxiv_cs_sample.jsonl.gz", (string)files[0]!["file"]!);
            Assert.All(files, file => Assert.Equal(("sample", "DONE"), ((string)file!["origin"]!, (string)file["state"]!)));
            Assert.Equal(6, files.Count);
            var years = data["papers"]!["facets"]!["years"]!.AsArray().ToDictionary(b => (string)b!["value"]!, b => (long)b!["papers"]!);
            Assert.Equal(3_000, years.Values.Sum());
            Assert.Equal(["2025", "2026"], years.Keys.Order());
            Assert.True((long)data["papers"]!["totalCount"]! > 3_000);
        }
        finally
        {
            await stop.CancelAsync();
            await serve;
        }
    }

    private static async Task WaitReadyAsync(HttpClient http, Task serve)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(serve.IsCompleted, "serve stopped before it was ready");
            try
            {
                using var ready = await http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(500, TestContext.Current.CancellationToken);
        }

        Assert.Fail("serve was not ready within five minutes");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
