using Microsoft.Extensions.Hosting;
using PaperGraph.Core.Storage;

namespace PaperGraph.Ingestion.Storage;

/// <summary>Runs the store's migrations once at start-up, before a host takes requests or files.</summary>
internal sealed class StoreInitializer(IGraphStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
