using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Samples;
using PaperGraph.Core.Storage;
using PaperGraph.Ingestion.Queue;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// On a fresh database, queues the bundled sample pages through the shared ingestion queue, then the dated
/// sample (3,000 arXiv papers, so trends and date filters have data), so <c>serve</c> on a new machine has
/// something to show; the explorer reads the queue's progress while it runs. A database that already holds papers is left as it is, so
/// re-running <c>serve</c> changes nothing (and never reverts a newer version of a sample paper).
/// </summary>
internal sealed class SampleCorpusSeeder(IGraphStore store, IngestionQueue queue, IOptions<SampleOptions> options) : BackgroundService
{
    public const string Origin = "sample";

    private readonly TaskCompletionSource _seeded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the samples are stored and linked (at once when the store already held papers); faults with the job's error.</summary>
    public Task Seeded => _seeded.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await store.CountPapersAsync(new PaperFilter(), stoppingToken) == 0)
            {
                var tickets = new List<IngestionTicket>();
                foreach (var name in SampleCorpus.FileNames)
                {
                    tickets.Add(await queue.EnqueueAsync(new IngestionSource(name, () => SampleCorpus.Open(name)), Origin, linkEveryPaper: false, stoppingToken));
                }

                await Task.WhenAll(tickets.Select(ticket => ticket.Completion));

                // After the listing pages, so their papers are searchable within seconds of the first start.
                if (options.Value.IncludeDated)
                {
                    var dated = await queue.EnqueueAsync(new IngestionSource(DatedSample.FileName, DatedSample.Open), Origin, linkEveryPaper: false, stoppingToken);
                    await dated.Completion;
                }
            }

            _seeded.TrySetResult();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _seeded.TrySetCanceled(stoppingToken);
        }
        catch (Exception ex)
        {
            // Readiness reports it; the host keeps serving what the store holds.
            _seeded.TrySetException(ex);
        }
    }
}
