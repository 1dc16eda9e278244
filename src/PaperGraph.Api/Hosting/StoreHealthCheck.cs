using Microsoft.Extensions.Diagnostics.HealthChecks;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Hosting;

/// <summary>Ready when the store answers a cheap read and could take a write (it is not read-only, its disk not full).</summary>
internal sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
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
