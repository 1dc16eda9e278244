using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PaperGraph.Core.Samples;
using PaperGraph.Ingestion.Tests.Infrastructure;
using PaperGraph.Testing;
using PaperGraph.Testing.Metrics;
using PaperGraph.Testing.Processes;

namespace PaperGraph.Ingestion.Tests.Processes;

/// <summary><c>papergraph worker</c>'s own listener: probes and <c>/metrics</c>, as a child process on a free port.</summary>
public sealed partial class WorkerListenerTests
{
    [Fact]
    public async Task Worker_AfterAFile_ServesHealthAndMetricsThatPassPromtool()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var inbox = temp.File("inbox");
        Directory.CreateDirectory(inbox);
        using var worker = CliProcess.Start(new Dictionary<string, string>(), "worker", "--inbox", inbox, "--db", temp.File("pg.db"), "--listen", "http://127.0.0.1:0");
        using var http = new HttpClient { BaseAddress = await ListenerAsync(worker) };

        File.Copy(SampleCorpus.ExtractTo(temp.File("samples"))[0], Path.Combine(inbox, "page.txt"));
        var metrics = "";
        await Eventually.TrueAsync(
            () => PrometheusText.Value(metrics = http.GetStringAsync("/metrics", ct).GetAwaiter().GetResult(), "papergraph_ingestion_files_total", ("outcome", "done")) == 1,
            TimeSpan.FromSeconds(60), $"one finished file in the worker's /metrics\n{worker.Output}");
        using var live = await http.GetAsync("/health/live", ct);
        using var ready = await http.GetAsync("/health/ready", ct);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(PrometheusText.Value(metrics, "papergraph_ingestion_papers_total", ("result", "created")) > 0);
        Assert.NotNull(PrometheusText.Value(metrics, "papergraph_store_call_duration_seconds_count", ("store", "sqlite"), ("operation", "UpsertPapers")));
        Assert.NotNull(PrometheusText.Value(metrics, "papergraph_linking_duration_seconds_count"));
        await Promtool.AssertValidAsync(metrics, ct);
        Assert.True(await worker.TerminateAsync(TimeSpan.FromSeconds(20)), worker.Output);
        Assert.Equal(0, worker.ExitCode);
    }

    /// <summary>The listener's address from the banner the worker prints on stderr once it listens.</summary>
    internal static async Task<Uri> ListenerAsync(CliProcess worker)
    {
        Match? banner = null;
        await Eventually.TrueAsync(() => (banner = MetricsLine().Match(worker.StandardError)).Success || worker.HasExited, TimeSpan.FromSeconds(60), $"the worker's banner\n{worker.Output}");
        Assert.True(banner!.Success, worker.Output);
        return new Uri(banner.Groups["url"].Value);
    }

    internal static async Task<(HttpStatusCode? Status, JsonNode? Body)> ReadyAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("/health/ready");
            return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
        }
        catch (HttpRequestException)
        {
            return (null, null);
        }
    }

    [GeneratedRegex("Metrics:  (?<url>http://[^/\\s]+)/metrics")]
    private static partial Regex MetricsLine();
}
