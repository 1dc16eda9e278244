using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Writing;
using PaperGraph.Ingestion.Status;

namespace PaperGraph.Ingestion.Queue;

/// <summary>
/// Drains the <see cref="IngestionQueue"/> with <see cref="IngestionQueueOptions.MaxConcurrency"/> loops, each
/// running one job at a time through the shared <see cref="IngestionPipeline"/>. At shutdown the running batch
/// is abandoned (its transaction rolls back) and waiting jobs are cancelled; writes are idempotent upserts,
/// so running them again later loses and duplicates nothing. When a <see cref="GraphLinker"/> is registered
/// (<c>AddLinking</c>), each stored batch is linked before the next is read, so a finished job is queryable
/// with its mentions and builds-on links; the linker is order-independent, so how inbox files and mutations
/// interleave does not change the graph. Each job writes holding the store's <see cref="WriterLease"/>, so
/// another process's writes (a second <c>serve</c> or <c>worker</c>, a CLI <c>ingest</c>) never interleave with it.
/// </summary>
internal sealed class IngestionQueueProcessor(
    IngestionQueue queue,
    IngestionPipeline pipeline,
    IngestionStatus status,
    IngestionQueueOptions options,
    TimeProvider time,
    ILogger<IngestionQueueProcessor> logger,
    GraphLinker? linker = null,
    WriterLease? lease = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(Enumerable.Range(0, options.MaxConcurrency).Select(_ => Task.Run(() => DrainAsync(stoppingToken), CancellationToken.None)));
        }
        finally
        {
            while (queue.Reader.TryRead(out var waiting))
            {
                waiting.Completion.TrySetCanceled(stoppingToken);
            }
        }
    }

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: the loop ends; ExecuteAsync cancels what is still waiting.
        }
    }

    internal async Task RunAsync(IngestionJob job, CancellationToken stoppingToken)
    {
        var name = job.Source.Name;
        status.Started(job);
        Log.FileStarted(logger, name, job.Origin);
        var receipt = new ReceiptBuilder(job);
        var ingestion = new IngestionOptions
        {
            BatchSize = options.BatchSize,
            Linker = linker,
            LinkEveryPaper = job.LinkEveryPaper,
            BatchWrittenAsync = (batch, _) =>
            {
                receipt.Add(batch);
                job.BatchWritten?.Invoke(batch);
                Log.BatchStored(logger, name, batch.Papers.Count, batch.Quarantined.Count);
                return Task.CompletedTask;
            },
        };
        var progress = new SyncProgress<IngestionProgress>(p => status.Progressed(job, p, receipt.Records));
        try
        {
            var summary = await RunHoldingLeaseAsync(job, ingestion, progress, stoppingToken);
            var done = receipt.Build(summary, time.GetUtcNow());
            status.Finished(job, done);
            LogFinished(done);
            job.Completion.TrySetResult(done);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            status.Abandoned(job);
            Log.FileAbandoned(logger, name);
            job.Completion.TrySetCanceled(stoppingToken);
        }
#pragma warning disable CA1031 // The queue outlives any one job: a store failure fails this job (its submitter sees it), not the loop.
        catch (Exception error)
#pragma warning restore CA1031
        {
            status.Failed(job, error.Message);
            Log.FileFailed(logger, error, name);
            job.Completion.TrySetException(error);
        }
    }

    private async Task<IngestionSummary> RunHoldingLeaseAsync(IngestionJob job, IngestionOptions ingestion, IProgress<IngestionProgress> progress, CancellationToken stoppingToken)
    {
        if (lease is null)
        {
            return await pipeline.RunAsync([job.Source], ingestion, progress, stoppingToken);
        }

        await using var hold = await lease.AcquireAsync(linkPending: linker is not null, stoppingToken);
        using var writing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, hold.Lost);
        try
        {
            return await pipeline.RunAsync([job.Source], ingestion, progress, writing.Token);
        }
        catch (OperationCanceledException) when (hold.Lost.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            throw new WriterLeaseLostException();
        }
    }

    private void LogFinished(IngestionReceipt receipt)
    {
        if (receipt.SourceFailure is { } reason)
        {
            Log.FileUnreadable(logger, receipt.File, reason);
        }
        else
        {
            Log.FileIngested(logger, receipt.File, receipt.Papers, receipt.Created, receipt.Updated, receipt.Quarantined, receipt.DurationMs);
        }
    }

}
