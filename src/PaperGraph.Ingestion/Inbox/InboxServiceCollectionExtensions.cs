using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PaperGraph.Ingestion.Queue;

namespace PaperGraph.Ingestion.Inbox;

public static class InboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers the inbox watcher over the shared ingestion queue (added too), with <c>Ingestion:Inbox</c>
    /// and its timings from configuration, validated at start-up, and an optional override from the command line.
    /// </summary>
    public static IServiceCollection AddInboxWorker(this IServiceCollection services, Action<InboxOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<InboxOptions>()
            .BindConfiguration(InboxOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddIngestionQueue();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<InboxOptions>>().Value);
        services.AddHostedService<InboxWatcher>();
        return services;
    }
}
