using Microsoft.Extensions.Logging;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Ingestion;

/// <summary>
/// Streams sources through the readers into the store in batches: papers are upserted, bad records
/// quarantined, and memory stays bounded by the batch size whatever the size of the input.
/// </summary>
public sealed class IngestionPipeline(IGraphStore store, TimeProvider time, ILogger<IngestionPipeline> logger)
{
    public async Task<IngestionSummary> RunAsync(
        IReadOnlyList<IngestionSource> sources,
        IngestionOptions options,
        IProgress<IngestionProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        var started = time.GetTimestamp();
        var bytesTotal = sources.All(s => s.Length is not null) ? sources.Sum(s => s.Length!.Value) : (long?)null;
        var tally = new IngestionTally(sources.Count, bytesTotal);
        var reader = new ListingReader(options.Limits, time);
        var papers = new List<PaperRecord>(options.BatchSize);
        var quarantine = new List<QuarantineRecord>();
        var positions = new BatchPositions();
        var pending = Task.CompletedTask;
        try
        {
            foreach (var source in sources)
            {
                Log.SourceStarted(logger, source.Name);
                tally.CurrentSource = source.Name;
                var counted = source with { Open = () => new CountingStream(source.Open(), tally.AddBytes) };
                long position = 0;
                await foreach (var item in reader.ReadAsync(counted, cancellationToken))
                {
                    if (item.Record is { } record)
                    {
                        papers.Add(record);
                        positions.Papers.Add(position++);
                    }
                    else
                    {
                        quarantine.Add(item.Quarantine!);
                        positions.Quarantined.Add(position++);
                    }

                    if (papers.Count >= options.BatchSize || quarantine.Count >= options.BatchSize)
                    {
                        pending = await HandOffAsync(pending, papers, quarantine, positions, tally, options, cancellationToken);
                        progress?.Report(tally.Snapshot());
                    }
                }

                tally.FileDone();
                progress?.Report(tally.Snapshot());
            }

            await pending;
        }
        catch (Exception) when (!pending.IsCompleted)
        {
            // Reading failed while a batch is being written: let that write finish (or fail) before the
            // caller disposes the store, then report the reading failure.
            await Task.WhenAny(pending);
            throw;
        }

        await FlushAsync(papers, quarantine, positions.Take(), tally, options, cancellationToken);
        tally.CurrentSource = null;
        progress?.Report(tally.Snapshot());
        return tally.Summary(time.GetElapsedTime(started));
    }

    /// <summary>
    /// Starts writing the full batch and returns that write. One batch is in flight at a time: the store
    /// writes batch n on one core while the readers parse batch n+1 (UTF-8 checks, JSON, normalisation,
    /// hashing) on the other. Waiting for the previous write first keeps batches in input order, so
    /// "the last record of a paper wins" and the linker's view are the same as writing in line.
    /// </summary>
    private async Task<Task> HandOffAsync(Task previous, List<PaperRecord> papers, List<QuarantineRecord> quarantine, BatchPositions positions, IngestionTally tally, IngestionOptions options, CancellationToken cancellationToken)
    {
        await previous;
        List<PaperRecord> batch = [.. papers];
        List<QuarantineRecord> kept = [.. quarantine];
        var where = positions.Take();
        papers.Clear();
        quarantine.Clear();
        return Task.Run(() => FlushAsync(batch, kept, where, tally, options, cancellationToken), cancellationToken);
    }

    private async Task FlushAsync(List<PaperRecord> papers, List<QuarantineRecord> quarantine, (long[] Papers, long[] Quarantined) positions, IngestionTally tally, IngestionOptions options, CancellationToken cancellationToken)
    {
        QuarantineRecord[] quarantined = [.. quarantine];
        if (quarantine.Count > 0)
        {
            foreach (var record in quarantine)
            {
                Log.Quarantined(logger, record.Source, record.Line, record.ReasonCode, record.Reason);
            }

            await store.AddQuarantineAsync(quarantine, cancellationToken);
            tally.AddQuarantined(quarantine.Count);
            quarantine.Clear();
        }

        if (papers.Count == 0)
        {
            if (quarantined.Length > 0 && options.BatchWrittenAsync is { } quarantineWritten)
            {
                await quarantineWritten(new IngestionBatch([], quarantined) { QuarantinedPositions = positions.Quarantined }, cancellationToken);
            }

            return;
        }

        var outcomes = await store.UpsertPapersAsync(papers, cancellationToken);
        var (created, updated, unchanged) = (tally.Created, tally.Updated, tally.Unchanged);
        tally.Add(outcomes);
        Log.BatchStored(logger, papers.Count, tally.Created - created, tally.Updated - updated, tally.Unchanged - unchanged);
        papers.Clear();
        var batch = new IngestionBatch(outcomes, quarantined) { PaperPositions = positions.Papers, QuarantinedPositions = positions.Quarantined };
        if (options.BatchWrittenAsync is { } batchWritten)
        {
            await batchWritten(batch, cancellationToken);
        }

        if (options.Linker is { } linker && batch.PaperIdsToLink(options.LinkEveryPaper) is { Count: > 0 } toLink)
        {
            await linker.LinkAsync(toLink, cancellationToken);
        }
    }

    /// <summary>Where each record of the batch being collected sits in its source.</summary>
    private sealed class BatchPositions
    {
        public List<long> Papers { get; } = [];

        public List<long> Quarantined { get; } = [];

        /// <summary>The positions collected so far, emptied for the next batch.</summary>
        public (long[] Papers, long[] Quarantined) Take()
        {
            (long[], long[]) taken = ([.. Papers], [.. Quarantined]);
            Papers.Clear();
            Quarantined.Clear();
            return taken;
        }
    }
}
