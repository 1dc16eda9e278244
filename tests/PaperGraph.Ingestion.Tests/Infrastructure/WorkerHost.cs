using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite;
using PaperGraph.Ingestion.Inbox;
using PaperGraph.Ingestion.Status;

namespace PaperGraph.Ingestion.Tests.Infrastructure;

/// <summary>A real generic host with the real SQLite store on a temp file and the inbox worker, short timings.</summary>
internal sealed class WorkerHost : IAsyncDisposable
{
    private readonly IHost _host;

    private WorkerHost(IHost host) => _host = host;

    public IGraphStore Store => _host.Services.GetRequiredService<IGraphStore>();

    public IngestionStatus Status => _host.Services.GetRequiredService<IngestionStatus>();

    public static async Task<WorkerHost> StartAsync(string database, string inbox, string? workerId = null, TimeSpan? stability = null, int maxClaimedFiles = 2)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSqliteGraphStore(o => o.DatabasePath = database);
        builder.Services.AddHostedService<StoreStartup>();
        builder.Services.AddInboxWorker(o =>
        {
            o.Inbox = inbox;
            o.StabilityInterval = stability ?? TimeSpan.FromMilliseconds(50);
            o.RescanInterval = TimeSpan.FromMilliseconds(300);
            o.WorkerId = workerId;
            o.MaxClaimedFiles = maxClaimedFiles;
        });
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new WorkerHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }
}
