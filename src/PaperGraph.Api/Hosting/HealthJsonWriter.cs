using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PaperGraph.Api.Hosting;

/// <summary>
/// Health answers as JSON: the overall status and, per check, its status, what it saw and the error's message (never
/// its stack), so an operator reading a 503 learns why without the logs. The status code stays the framework's
/// (200 healthy or degraded, 503 unhealthy).
/// </summary>
internal static class HealthJsonWriter
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description, error = entry.Value.Exception?.Message }),
        };
        return JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }
}
