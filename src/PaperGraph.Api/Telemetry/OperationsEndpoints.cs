using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using PaperGraph.Api.Hosting;

namespace PaperGraph.Api.Telemetry;

/// <summary>What an operator's tooling calls on every PaperGraph host: liveness, readiness and the Prometheus scrape.</summary>
internal static class OperationsEndpoints
{
    /// <summary>The tag of the checks <c>/health/ready</c> runs; a host adds its own (serve's first-start seeding).</summary>
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder endpoints)
    {
        // Liveness runs no check: the process answering is the news, and a store outage must not restart it.
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthJsonWriter.WriteAsync });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthJsonWriter.WriteAsync });
        endpoints.MapPrometheusScrapingEndpoint("/metrics");
        return endpoints;
    }
}
