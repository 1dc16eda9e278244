using Microsoft.Extensions.Hosting;
using PaperGraph.Core.Storage;

namespace PaperGraph.Ingestion.Tests.Infrastructure;

/// <summary>Migrates the store before the worker's services start, as the real hosts do.</summary>
internal sealed class StoreStartup(IGraphStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
