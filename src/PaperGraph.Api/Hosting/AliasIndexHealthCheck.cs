using Microsoft.Extensions.Diagnostics.HealthChecks;
using PaperGraph.Core.Resolution;

namespace PaperGraph.Api.Hosting;

/// <summary>
/// Reports whether the name index is built. Degraded, not unhealthy, while it is not: every other read is served,
/// and a resolution call made meanwhile waits for the build instead of failing.
/// </summary>
internal sealed class AliasIndexHealthCheck(AliasIndexCache cache) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(cache.IsBuilt
            ? HealthCheckResult.Healthy("The name index is built.")
            : HealthCheckResult.Degraded("The name index is being built; resolveEntities and /reconcile wait for it."));
}
