using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Storage;
using PaperGraph.Core.Telemetry;

namespace PaperGraph.Core.Linking;

/// <summary>Registers the linker: the embedded catalog, its dictionary cache and <see cref="GraphLinker"/>, all singletons over the one store.</summary>
public static class LinkingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="GraphLinker"/> with options from the <c>Linking</c> section (validated at start-up). The
    /// catalog's dictionary is built on first use unless a <see cref="LinkerDictionary"/> of the catalog alone is
    /// already registered: the CLI registers one it shares between the commands of a process.
    /// </summary>
    public static IServiceCollection AddLinking(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphLinkerOptions>().BindConfiguration(GraphLinkerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(_ => new LinkerDictionary(EntityCatalog.LoadEmbedded()));
        services.AddSingleton<PaperLinker>();
        services.AddSingleton(provider => new LinkerDictionaryCache(provider.GetRequiredService<LinkerDictionary>()));
        services.AddSingleton(provider => new GraphLinker(
            provider.GetRequiredService<IGraphStore>(),
            provider.GetRequiredService<LinkerDictionaryCache>(),
            provider.GetRequiredService<PaperLinker>(),
            provider.GetRequiredService<IOptions<GraphLinkerOptions>>().Value,
            provider.GetRequiredService<ILogger<GraphLinker>>(),
            provider.GetService<PaperGraphTelemetry>()));
        return services;
    }
}
