using PaperGraph.Core.Ingestion;
using PaperGraph.Ingestion.Queue;

namespace PaperGraph.Ingestion.Status;

/// <summary>
/// What the shared ingestion queue is doing, for the API's <c>ingestionStatus</c> and <c>/metrics</c>:
/// counts, running totals, the last finished files with their receipts and the progress of running ones.
/// A DI singleton; one lock, because updates are per batch and per file, never per record.
/// </summary>
public sealed class IngestionStatus(IngestionQueueOptions options, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly LinkedList<IngestionFileStatus> _recent = new();
    private readonly SortedDictionary<long, IngestionFileProgress> _current = [];
    private long _queued;
    private long _done;
    private long _failed;
    private long _rejected;
    private long _created;
    private long _updated;
    private long _unchanged;
    private long _quarantined;
    private long _bytes;
    private double _seconds;

    public IngestionStatusSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new IngestionStatusSnapshot(
                _queued, _current.Count, _done, _failed, _rejected, _created, _updated, _unchanged, _quarantined, _bytes, _seconds,
                [.. _recent], [.. _current.Values]);
        }
    }

    internal void Queued()
    {
        lock (_lock)
        {
            _queued++;
        }
    }

    /// <summary>The queue was full: the job counted by <see cref="Queued"/> never entered it.</summary>
    internal void Rejected()
    {
        lock (_lock)
        {
            (_queued, _rejected) = (_queued - 1, _rejected + 1);
        }
    }

    /// <summary>The producer stopped waiting for room (shutdown).</summary>
    internal void Withdrawn()
    {
        lock (_lock)
        {
            _queued--;
        }
    }

    internal void Started(IngestionJob job)
    {
        lock (_lock)
        {
            _queued--;
            _current[job.Id] = new IngestionFileProgress(job.Id, job.Source.Name, job.Origin, 0, job.Source.Length, 0, time.GetUtcNow());
        }
    }

    internal void Progressed(IngestionJob job, IngestionProgress progress, long records)
    {
        lock (_lock)
        {
            if (_current.TryGetValue(job.Id, out var current))
            {
                _current[job.Id] = current with { BytesRead = progress.BytesRead, Records = records };
            }
        }
    }

    internal void Finished(IngestionJob job, IngestionReceipt receipt)
    {
        var state = receipt.SourceFailure is null ? IngestionFileState.Done : IngestionFileState.Failed;
        lock (_lock)
        {
            (_created, _updated, _unchanged) = (_created + receipt.Created, _updated + receipt.Updated, _unchanged + receipt.Unchanged);
            (_quarantined, _bytes, _seconds) = (_quarantined + receipt.Quarantined, _bytes + receipt.BytesRead, _seconds + (receipt.DurationMs / 1000));
            End(job, new IngestionFileStatus(job.Id, job.Source.Name, job.Origin, state, receipt, receipt.SourceFailure, time.GetUtcNow()));
        }
    }

    internal void Failed(IngestionJob job, string error)
    {
        lock (_lock)
        {
            End(job, new IngestionFileStatus(job.Id, job.Source.Name, job.Origin, IngestionFileState.Failed, null, error, time.GetUtcNow()));
        }
    }

    /// <summary>Shutdown stopped the job; an inbox file stays in <c>processing/</c> and is resumed on the next start.</summary>
    internal void Abandoned(IngestionJob job)
    {
        lock (_lock)
        {
            _current.Remove(job.Id);
        }
    }

    private void End(IngestionJob job, IngestionFileStatus status)
    {
        _current.Remove(job.Id);
        _ = status.State == IngestionFileState.Done ? _done++ : _failed++;
        _recent.AddFirst(status);
        while (_recent.Count > options.RecentFiles)
        {
            _recent.RemoveLast();
        }
    }
}
