using PaperGraph.Ingestion.Status;

namespace PaperGraph.Api.Transport;

/// <summary><c>GET /metrics</c>: the ingestion queue's counters in Prometheus' text format.</summary>
internal static class MetricsEndpoint
{
    public static async Task HandleAsync(HttpContext http, IngestionStatus status)
    {
        http.Response.ContentType = PrometheusExposition.ContentType;
        await using var writer = new StreamWriter(http.Response.Body);
        await PrometheusExposition.WriteAsync(status.Snapshot(), writer);
    }
}
