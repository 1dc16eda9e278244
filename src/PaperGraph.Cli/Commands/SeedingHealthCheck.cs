using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>serve</c> is not ready until its first-start seeding is done: a load balancer or a script waiting on
/// <c>/health/ready</c> then sees the whole sample graph, not a half-ingested one.
/// </summary>
internal sealed class SeedingHealthCheck(SampleCorpusSeeder seeder) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(seeder.Seeded.Status switch
        {
            TaskStatus.RanToCompletion => HealthCheckResult.Healthy("The sample corpus is in the store."),
            TaskStatus.Faulted => HealthCheckResult.Unhealthy("Seeding the sample corpus failed.", seeder.Seeded.Exception?.InnerException),
            TaskStatus.Canceled => HealthCheckResult.Unhealthy("Seeding was stopped by shutdown."),
            _ => HealthCheckResult.Unhealthy("Seeding the sample corpus into a fresh database."),
        });
}
