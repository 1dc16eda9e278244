using Microsoft.Extensions.Diagnostics.HealthChecks;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Hosting;

/// <summary>
/// Ready when the store answers a cheap read within <see cref="Timeout"/> and could take a write (it is not read-only,
/// its disk not full); otherwise 503 with the store's error (e.g. Neo4j refusing connections) or the framework's
/// time-out message in the JSON, so a probe never hangs on retries.
/// </summary>
internal sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    /// <summary>Below the probes' own time-outs (3 s in deploy/k8s and deploy/docker), so the probe reads the reason.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(2500);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        StoreStats stats;
        try
        {
            stats = await store.GetStatsAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The graph store does not answer.", ex);
        }

        try
        {
            await store.CheckWritableAsync(cancellationToken);
        }
        catch (StoreNotWritableException ex)
        {
            return HealthCheckResult.Unhealthy("The graph store answers reads but cannot be written.", ex);
        }

        return HealthCheckResult.Healthy($"{stats.Papers} papers, {stats.Entities} entities");
    }
}
