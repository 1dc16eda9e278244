using System.Net;
using PaperGraph.Testing.Metrics;

namespace PaperGraph.Api.Tests.Telemetry;

/// <summary><c>/metrics</c> of the API host: what a GraphQL request leaves there, read back as Prometheus would.</summary>
public sealed class MetricsTests(ApiFixture api)
{
    private const string Duration = "papergraph_graphql_request_duration_seconds_count";

    [Fact]
    public async Task Metrics_AfterRequests_PassPromtool()
    {
        await api.PostAsync("query PromtoolProbe { papers(first: 1) { totalCount } }");
        await api.PostAsync("query PromtoolProbeBad { nope }");

        var metrics = await ScrapeAsync();

        Assert.Contains("papergraph_store_call_duration_seconds_bucket", metrics, StringComparison.Ordinal);
        Assert.Contains("process_cpu_time_seconds_total", metrics, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total", metrics, StringComparison.Ordinal);
        // ASP.NET Core's own http.server.* meter belongs to its host and goes silent for the whole process when any
        // other host of this test run stops (opentelemetry-dotnet#6412); ServeTests checks it in a process of its own.
        await Promtool.AssertValidAsync(metrics, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Metrics_NamedQuery_CountedInDurationHistogramByNameAndOutcome()
    {
        var before = await ScrapeAsync();

        var (status, _) = await api.PostAsync("query OnePaperForMetrics { papers(first: 1) { edges { node { title } } } }");
        var after = await ScrapeAsync();

        Assert.Equal(200, status);
        Assert.Null(PrometheusText.Value(before, Duration, ("operation", "OnePaperForMetrics"), ("outcome", "ok")));
        Assert.Equal(1, PrometheusText.Value(after, Duration, ("operation", "OnePaperForMetrics"), ("outcome", "ok")));
        Assert.Null(PrometheusText.Value(after, Duration, ("operation", "OnePaperForMetrics"), ("outcome", "error")));
        Assert.True(PrometheusText.Value(after, "papergraph_store_call_duration_seconds_count", ("store", "sqlite"), ("operation", "QueryPapers"))
            > (PrometheusText.Value(before, "papergraph_store_call_duration_seconds_count", ("store", "sqlite"), ("operation", "QueryPapers")) ?? 0));
    }

    [Fact]
    public async Task Metrics_InvalidQuery_CountedAsRejectedWithItsErrorCode()
    {
        var before = await ScrapeAsync();

        await api.PostAsync("query RejectedForMetrics { nope }");
        var after = await ScrapeAsync();

        Assert.Equal(1, PrometheusText.Value(after, Duration, ("operation", "RejectedForMetrics"), ("outcome", "rejected")));
        Assert.Equal(
            (PrometheusText.Value(before, "papergraph_graphql_errors_total", ("code", "FIELDS_ON_CORRECT_TYPE")) ?? 0) + 1,
            PrometheusText.Value(after, "papergraph_graphql_errors_total", ("code", "FIELDS_ON_CORRECT_TYPE")));
    }

    [Fact]
    public async Task Metrics_BuildInfo_NamesVersionAndCommit()
    {
        var build = Assert.Single(PrometheusText.Samples(await ScrapeAsync(), "papergraph_build_info"));

        Assert.Equal(1, build.Value);
        Assert.Matches("^[0-9]+\\.[0-9]+\\.[0-9]+", build.Labels["version"]);
        Assert.Matches("^([0-9a-f]{7,40}|unknown)$", build.Labels["commit"]);
    }

    private async Task<string> ScrapeAsync()
    {
        using var response = await api.Client.GetAsync("/metrics", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
