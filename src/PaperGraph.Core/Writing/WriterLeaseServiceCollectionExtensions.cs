using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Writing;

/// <summary>Registers <see cref="WriterLease"/>, one per store, with options from the <c>WriterLease</c> section (validated at start-up).</summary>
public static class WriterLeaseServiceCollectionExtensions
{
    public static IServiceCollection AddWriterLease(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<WriterLeaseOptions>().BindConfiguration(WriterLeaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new WriterLease(
            provider.GetRequiredService<IGraphStore>(),
            provider.GetRequiredService<IOptions<WriterLeaseOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<WriterLease>>(),
            provider.GetService<GraphLinker>()));
        return services;
    }
}
