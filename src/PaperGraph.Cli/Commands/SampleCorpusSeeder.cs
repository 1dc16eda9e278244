using Microsoft.Extensions.Hosting;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Samples;
using PaperGraph.Core.Storage;
using PaperGraph.Ingestion.Queue;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// On a fresh database, queues the bundled sample pages through the shared ingestion queue, so <c>serve</c>
/// on a new machine has something to show. A database that already holds papers is left as it is, so
/// re-running <c>serve</c> changes nothing (and never reverts a newer version of a sample paper).
/// </summary>
internal sealed class SampleCorpusSeeder(IGraphStore store, IngestionQueue queue) : BackgroundService
{
    public const string Origin = "sample";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await store.CountPapersAsync(new PaperFilter(), stoppingToken) > 0)
        {
            return;
        }

        foreach (var name in SampleCorpus.FileNames)
        {
            await queue.EnqueueAsync(new IngestionSource(name, () => SampleCorpus.Open(name)), Origin, linkEveryPaper: false, stoppingToken);
        }
    }
}
