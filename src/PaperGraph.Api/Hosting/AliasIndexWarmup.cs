using PaperGraph.Core.Resolution;

namespace PaperGraph.Api.Hosting;

/// <summary>
/// Builds the name index behind <c>resolveEntities</c>, <c>entity(name:)</c> and <c>/reconcile</c> when the host
/// starts, so the first of those calls does not wait seconds for it (4 s on the full corpus). Until it is built,
/// readiness says so (<see cref="AliasIndexHealthCheck"/>); a failure is logged and left to the first call to retry.
/// </summary>
internal sealed partial class AliasIndexWarmup(AliasIndexCache cache, ILogger<AliasIndexWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the host listens and answers health probes while the index builds.
        await Task.Yield();
        try
        {
            var started = TimeProvider.System.GetTimestamp();
            var index = await cache.GetAsync(stoppingToken);
            LogBuilt(logger, index.Entities.Count, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Name index built at start: {Entities} entities in {ElapsedMs:F0} ms")]
    private static partial void LogBuilt(ILogger logger, int entities, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Name index could not be built at start; the first resolution call will try again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
