using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Storage;
using PaperGraph.Core.Telemetry;
using PaperGraph.Ingestion.Status;

namespace PaperGraph.Ingestion.Queue;

public static class IngestionQueueServiceCollectionExtensions
{
    /// <summary>
    /// Registers the one shared <see cref="IngestionQueue"/>, its <see cref="IngestionStatus"/> and the hosted
    /// processor that drains it, with limits from the <c>Ingestion</c> section (validated at start-up).
    /// Needs an <see cref="IGraphStore"/>; a <see cref="Core.Linking.GraphLinker"/>, when registered
    /// (<c>AddLinking</c>), links each batch.
    /// </summary>
    public static IServiceCollection AddIngestionQueue(this IServiceCollection services, Action<IngestionQueueOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<IngestionQueueOptions>()
            .BindConfiguration(IngestionQueueOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<IngestionQueueOptions>>().Value);
        services.TryAddSingleton(sp => new IngestionPipeline(
            sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<IngestionPipeline>>()));
        services.TryAddSingleton<IngestionStatus>();
        services.TryAddSingleton<PaperGraphTelemetry>();
        services.TryAddSingleton<IngestionMetrics>();
        services.TryAddSingleton<IngestionQueue>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, IngestionQueueProcessor>());
        return services;
    }
}
