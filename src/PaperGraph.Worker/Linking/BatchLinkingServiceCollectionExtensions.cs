using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Worker.Queue;

namespace PaperGraph.Worker.Linking;

public static class BatchLinkingServiceCollectionExtensions
{
    /// <summary>Makes the shared ingestion queue link every batch it stores.</summary>
    public static IServiceCollection AddBatchLinking(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<BatchLinker>();
        services.AddSingleton(sp => new IngestionLinkStep(sp.GetRequiredService<BatchLinker>().LinkAsync));
        return services;
    }
}
