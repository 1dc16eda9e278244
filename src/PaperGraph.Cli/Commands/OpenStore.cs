using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Storage;
using PaperGraph.Core.Writing;

namespace PaperGraph.Cli.Commands;

/// <summary>An initialised store, with the linker and pipeline over it, owned by one command run; disposing closes them.</summary>
internal sealed class OpenStore(ServiceProvider services) : IAsyncDisposable
{
    public IGraphStore Store => services.GetRequiredService<IGraphStore>();

    /// <summary>The linker over <see cref="Store"/>; its catalog is loaded on first use.</summary>
    public GraphLinker Linker => services.GetRequiredService<GraphLinker>();

    public IngestionPipeline Pipeline => services.GetRequiredService<IngestionPipeline>();

    /// <summary>The store's writer lease: a command that writes holds it while it does.</summary>
    public WriterLease WriterLease => services.GetRequiredService<WriterLease>();

    /// <summary>Disposes what the run created, the linker before the store.</summary>
    public ValueTask DisposeAsync() => services.DisposeAsync();
}
