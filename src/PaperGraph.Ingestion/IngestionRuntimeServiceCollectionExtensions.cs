using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Writing;
using PaperGraph.Ingestion.Queue;
using PaperGraph.Ingestion.Storage;

namespace PaperGraph.Ingestion;

/// <summary>
/// The one composition of store, linker and ingestion, used alike by the API host (and so <c>serve</c>), the
/// <c>worker</c> command and the CLI's one-shot commands: whatever runs, papers are stored in the configured
/// store and linked by the same <see cref="GraphLinker"/>.
/// </summary>
public static class IngestionRuntimeServiceCollectionExtensions
{
    /// <summary>Adds <see cref="GraphStoreServiceCollectionExtensions.AddGraphStore"/>'s store, <see cref="LinkingServiceCollectionExtensions.AddLinking"/>'s linker, the store's <see cref="WriterLease"/> and the shared ingestion queue.</summary>
    public static IServiceCollection AddIngestionRuntime(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddGraphStore(configuration)
            .AddLinking()
            .AddWriterLease()
            .AddIngestionQueue();
}
