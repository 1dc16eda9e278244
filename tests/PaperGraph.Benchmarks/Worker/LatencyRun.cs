using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace PaperGraph.Benchmarks.Worker;

/// <summary>
/// Drop-to-queryable latency: <c>papergraph serve</c> as a child process, readers hammering GraphQL, and
/// one-page listings dropped into its inbox one at a time; each drop is timed until GraphQL returns the
/// file's last paper.
/// </summary>
internal static class LatencyRun
{
    private const string ReadQuery = "{ papers(search: \"learning\", first: 20) { totalCount edges { node { id title } } } }";

    public static async Task<(double[] LatenciesMs, long Reads, TimeSpan Elapsed)> RunAsync(IReadOnlyList<string> pages, string folder, int readers)
    {
        var inbox = Path.Combine(folder, "inbox");
        using var serve = ServeProcess.Start("--db", Path.Combine(folder, "serve.db"), "--inbox", inbox);
        using var http = new HttpClient { BaseAddress = new Uri(serve.Url) };
        while (await TryCountAsync(http) != 3_372) // the listing pages' 372 papers and the dated sample's 3,000
        {
            await Task.Delay(100);
        }

        using var stop = new CancellationTokenSource();
        long reads = 0;
        var load = Enumerable.Range(0, readers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await http.PostAsJsonAsync("/graphql", new { query = ReadQuery }, CancellationToken.None);
                response.EnsureSuccessStatusCode();
                Interlocked.Increment(ref reads);
            }
        })).ToArray();

        var clock = Stopwatch.StartNew();
        var latencies = new List<double>();
        foreach (var page in pages)
        {
            var lastId = LastArxivId(page);
            var dropped = Stopwatch.StartNew();
            File.Move(page, Path.Combine(inbox, Path.GetFileName(page)));
            while (!await FoundAsync(http, lastId))
            {
                await Task.Delay(5);
            }

            latencies.Add(dropped.Elapsed.TotalMilliseconds);
        }

        var elapsed = clock.Elapsed;
        await stop.CancelAsync();
        await Task.WhenAll(load);
        return ([.. latencies], reads, elapsed);
    }

    private static string LastArxivId(string page)
    {
        using var last = JsonDocument.Parse(File.ReadLines(page).Last());
        return last.RootElement.GetProperty("arxiv_id").GetString()!;
    }

    private static async Task<bool> FoundAsync(HttpClient http, string arxivId)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query = "query($a: String) { paper(arxivId: $a) { id } }", variables = new { a = arxivId } });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("data").GetProperty("paper").ValueKind == JsonValueKind.Object;
    }

    private static async Task<long> TryCountAsync(HttpClient http)
    {
        try
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { query = "{ papers { totalCount } }" });
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return body.RootElement.GetProperty("data").GetProperty("papers").GetProperty("totalCount").GetInt64();
        }
        catch (HttpRequestException)
        {
            return -1;
        }
    }
}
