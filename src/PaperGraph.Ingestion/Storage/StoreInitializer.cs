using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Hosting;

/// <summary>Runs the store's migrations once at start-up, before the server takes requests.</summary>
internal sealed class StoreInitializer(IGraphStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
