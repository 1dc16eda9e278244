using Microsoft.Extensions.Logging;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Writing;

/// <summary>
/// One writer at a time per store, across processes: every write path (CLI <c>ingest</c> and <c>relink</c>,
/// each queued ingestion job of <c>serve</c> and <c>worker</c>) holds the store's lease while it writes. Holders
/// in one process share it (counted); the first takes it from the store, waiting up to
/// <see cref="WriterLeaseOptions.WaitTimeout"/> for another process's lease, and the last gives it back. While
/// held it is renewed every third of <see cref="WriterLeaseOptions.Duration"/>. On taking it, the linker's
/// dictionary is reloaded when another process wrote since this one last did, and papers left unlinked by an
/// interrupted run are linked first (<see cref="GraphLinker.LinkPendingAsync"/>).
/// </summary>
public sealed class WriterLease(
    IGraphStore store,
    WriterLeaseOptions options,
    TimeProvider time,
    ILogger<WriterLease> logger,
    GraphLinker? linker = null) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _holds;
    private CancellationTokenSource? _lost;
    private CancellationTokenSource? _stopRenewal;
    private Task _renewal = Task.CompletedTask;

    public WriterLeaseOwner Owner { get; } = WriterLeaseOwner.ForThisProcess();

    /// <summary>
    /// Takes a share of the lease, or throws <see cref="WriterLeaseUnavailableException"/> when another process holds
    /// it past the wait. <paramref name="linkPending"/>: when this takes the lease from the store, first link what an
    /// interrupted run left unlinked (a writer that does not link, <c>ingest --no-link</c>, leaves it for the next).
    /// </summary>
    public async Task<WriterLeaseHold> AcquireAsync(bool linkPending, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_holds == 0)
            {
                await TakeAsync(cancellationToken);
                try
                {
                    if (linkPending && linker is not null)
                    {
                        await linker.LinkPendingAsync(cancellationToken);
                    }
                }
                catch
                {
                    await GiveBackAsync();
                    throw;
                }
            }

            _holds++;
            return new WriterLeaseHold(this, _lost!.Token);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        // A host stopping mid-job: end the renewal loop rather than leave it calling a disposed store.
        _stopRenewal?.Cancel();
        _gate.Dispose();
        _stopRenewal?.Dispose();
        _lost?.Dispose();
    }

    internal async Task ReleaseAsync()
    {
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            if (--_holds == 0)
            {
                await GiveBackAsync();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task TakeAsync(CancellationToken cancellationToken)
    {
        var owner = Owner.ToString();
        var started = time.GetTimestamp();
        string? waitingFor = null;
        while (true)
        {
            var attempt = await store.TryAcquireWriterLeaseAsync(owner, options.Duration, null, cancellationToken);
            if (!attempt.Acquired && WriterLeaseOwner.TryParse(attempt.Holder) is { } holder && holder.IsGoneFrom(Owner.Host))
            {
                // Conditional on the dead holder: of two waiters that both saw it die, only one takes over.
                attempt = await store.TryAcquireWriterLeaseAsync(owner, options.Duration, attempt.Holder, cancellationToken);
                if (attempt.Acquired)
                {
                    Log.TookOver(logger, holder.ToString());
                }
            }

            if (attempt.Acquired)
            {
                Log.Acquired(logger, owner, attempt.PreviousOwner);
                if (attempt.PreviousOwner != owner)
                {
                    // Someone else may have written since this process last did: what the linker keeps in memory is stale.
                    linker?.ForgetDictionary();
                }

                _lost = new CancellationTokenSource();
                _stopRenewal = new CancellationTokenSource();
                _renewal = RenewAsync(_lost, _stopRenewal.Token);
                return;
            }

            if (time.GetElapsedTime(started) >= options.WaitTimeout)
            {
                throw new WriterLeaseUnavailableException(attempt.Holder, options.WaitTimeout);
            }

            if (waitingFor != attempt.Holder)
            {
                waitingFor = attempt.Holder;
                Log.Waiting(logger, waitingFor, options.WaitTimeout);
            }

            await Task.Delay(options.PollInterval, time, cancellationToken);
        }
    }

    private async Task RenewAsync(CancellationTokenSource lost, CancellationToken stop)
    {
        var owner = Owner.ToString();
        while (true)
        {
            try
            {
                await Task.Delay(options.Duration / 3, time, stop);
                var attempt = await store.TryAcquireWriterLeaseAsync(owner, options.Duration, null, stop);
                if (!attempt.Acquired || attempt.PreviousOwner != owner)
                {
                    // Another writer had it in between: what this one would write next was computed on a stale view.
                    Log.Lost(logger, attempt.PreviousOwner);
                    await lost.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A store outage: keep renewing; if another writer takes the lease meanwhile, the next renewal says so.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.RenewFailed(logger, exception.Message);
            }
        }
    }

    private async Task GiveBackAsync()
    {
        await _stopRenewal!.CancelAsync();
        await _renewal;
        try
        {
            await store.ReleaseWriterLeaseAsync(Owner.ToString(), CancellationToken.None);
        }
#pragma warning disable CA1031 // Releasing early is a courtesy: an unreleased lease expires.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.ReleaseFailed(logger, exception.Message);
        }

        _stopRenewal.Dispose();
        _lost!.Dispose();
        (_stopRenewal, _lost) = (null, null);
    }
}
