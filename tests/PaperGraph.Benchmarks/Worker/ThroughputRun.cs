using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite;
using PaperGraph.Ingestion.Inbox;

namespace PaperGraph.Benchmarks.Worker;

/// <summary>Sustained ingest rate: the inbox worker vs the pipeline <c>papergraph ingest</c> runs, on the same files.</summary>
internal static class ThroughputRun
{
    /// <summary>What <c>papergraph ingest FOLDER</c> does: one pipeline run over every file, batches of 1,000.</summary>
    public static async Task<(long Papers, TimeSpan Elapsed)> IngestAsync(IReadOnlyList<string> files, string database)
    {
        await using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = database }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        var pipeline = new IngestionPipeline(store, TimeProvider.System, NullLogger<IngestionPipeline>.Instance);
        var summary = await pipeline.RunAsync([.. files.Select(IngestionSource.FromFile)], new IngestionOptions(), null, CancellationToken.None);
        return (summary.Papers, summary.Elapsed);
    }

    /// <summary>Moves every file into a running worker's inbox at once and times until the last receipt.</summary>
    public static async Task<(long Papers, TimeSpan Elapsed)> WorkerAsync(IReadOnlyList<string> files, string database, string inbox)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSqliteGraphStore(o => o.DatabasePath = database);
        builder.Services.AddHostedService<StoreStartup>();
        builder.Services.AddInboxWorker(o => o.Inbox = inbox);
        using var host = builder.Build();
        await host.StartAsync();
        var done = Path.Combine(inbox, "done");
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            File.Move(file, Path.Combine(inbox, Path.GetFileName(file)));
        }

        while (Directory.EnumerateFiles(done, "*.receipt.json").Count() < files.Count)
        {
            await Task.Delay(20);
        }

        var elapsed = clock.Elapsed;
        var papers = await host.Services.GetRequiredService<IGraphStore>().GetStatsAsync(CancellationToken.None);
        await host.StopAsync();
        return (papers.Papers, elapsed);
    }

    private sealed class StoreStartup(IGraphStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
