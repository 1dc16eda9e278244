using Microsoft.Extensions.Hosting;
using PaperGraph.Core.Storage;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// Migrates the store before the worker's hosted services start. The API's builder runs <c>serve</c>'s
/// additions before it registers its own store initializer, and hosted services start in registration order;
/// migrations are idempotent, so the API's later call is a no-op.
/// </summary>
internal sealed class EarlyStoreInitializer(IGraphStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
