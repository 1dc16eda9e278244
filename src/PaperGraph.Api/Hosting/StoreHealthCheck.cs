using Microsoft.Extensions.Diagnostics.HealthChecks;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Hosting;

/// <summary>Ready when the store answers a cheap read.</summary>
internal sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var stats = await store.GetStatsAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{stats.Papers} papers, {stats.Entities} entities");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The graph store does not answer.", ex);
        }
    }
}
