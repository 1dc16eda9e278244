using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PaperGraph.Core.Linking;

/// <summary>Registers the linker: the embedded catalog, its dictionary cache and <see cref="GraphLinker"/>, all singletons over the one store.</summary>
public static class LinkingServiceCollectionExtensions
{
    public static IServiceCollection AddLinking(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphLinkerOptions>().BindConfiguration(GraphLinkerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(_ => EntityCatalog.LoadEmbedded());
        services.AddSingleton<PaperLinker>();
        services.AddSingleton(provider => new LinkerDictionaryCache(provider.GetRequiredService<EntityCatalog>()));
        services.AddSingleton(provider => new GraphLinker(
            provider.GetRequiredService<Storage.IGraphStore>(),
            provider.GetRequiredService<LinkerDictionaryCache>(),
            provider.GetRequiredService<PaperLinker>(),
            provider.GetRequiredService<IOptions<GraphLinkerOptions>>().Value,
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<GraphLinker>>()));
        return services;
    }
}
