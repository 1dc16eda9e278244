using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Text;
using PaperGraph.Ingestion.Queue;

namespace PaperGraph.Ingestion.Inbox;

/// <summary>
/// Watches the inbox folder: resumes what a dead worker left in <c>processing/</c>, then notices new files
/// (file-system events plus a periodic rescan, so dropped events lose nothing), waits until each is
/// completely written, claims it by atomic rename, and hands it to the shared <see cref="IngestionQueue"/>.
/// When the queue finishes it, the file moves to <c>done/</c> or <c>failed/</c>.
/// </summary>
internal sealed partial class InboxWatcher(
    InboxOptions options,
    IngestionQueue queue,
    TimeProvider time,
    ILogger<InboxWatcher> logger) : BackgroundService
{
    private readonly InboxFolders _folders = new(options.Inbox);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Lock _pendingLock = new();
    private readonly HashSet<Task> _pending = [];
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    public string WorkerId { get; } = options.WorkerId ?? DefaultWorkerId();

    private WorkerLease? _lease;

    /// <summary>Creates the folders and takes this worker's lock before the host reports started.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _folders.EnsureCreated();
        _lease = WorkerLease.Acquire(_folders, WorkerId);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _lease?.Dispose();
        _wake.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lease = _lease!;
        var claims = new InboxClaims(_folders, lease, time);
        var outcomes = new InboxOutcomes(_folders, time);
        using var events = WatchEvents();
        Log.Watching(logger, _folders.Root, WorkerId);
        try
        {
            await WatchAsync(claims, outcomes, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: files not finished stay in processing/ for the next start.
        }
        finally
        {
            await WhenPendingDoneAsync();
            lease.Dispose();
            _lease = null;
        }
    }

    private async Task WatchAsync(InboxClaims claims, InboxOutcomes outcomes, CancellationToken stoppingToken)
    {
        var stability = new FileStability(options.StabilityInterval, time);
        var nextRescan = time.GetTimestamp();
        while (true)
        {
            if (time.GetElapsedTime(nextRescan) >= TimeSpan.Zero)
            {
                foreach (var orphan in claims.AdoptOrphans())
                {
                    Log.Resuming(logger, PrintableText.Escape(orphan.OriginalName));
                    await SubmitAsync(orphan, outcomes, stoppingToken);
                }

                nextRescan = time.GetTimestamp() + (long)(options.RescanInterval.TotalSeconds * time.TimestampFrequency);
            }

            foreach (var ready in stability.Look(_folders.WaitingFiles(ReportIgnored)))
            {
                if (PendingCount() >= options.MaxClaimedFiles)
                {
                    break; // the rest wait in the inbox for whichever worker frees up first; a finish wakes us
                }

                if (TryClaim(claims, ready) is { } claim)
                {
                    await SubmitAsync(claim, outcomes, stoppingToken);
                }
            }

            var wait = stability.HasPending ? options.StabilityInterval : options.RescanInterval;
            await _wake.WaitAsync(wait, stoppingToken);
        }
    }

    private InboxClaim? TryClaim(InboxClaims claims, string path)
    {
        try
        {
            var claim = claims.TryClaim(path);
            if (claim is not null)
            {
                Log.Claimed(logger, PrintableText.Escape(claim.OriginalName), claim.ClaimId);
            }

            return claim;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Once per name, without a stack: the rescan meets the same file again every few seconds.
            ReportOnce(Path.GetFileName(path), error.Message, Log.ClaimFailed);
            return null;
        }
    }

    private void ReportIgnored(string name, string reason) => ReportOnce(name, reason, Log.Ignored);

    private void ReportOnce(string name, string reason, Action<ILogger, string, string> log)
    {
        if (_reported.Count > 10_000)
        {
            _reported.Clear(); // a folder of endless junk names must not grow this without bound
        }

        if (_reported.Add(name))
        {
            log(logger, PrintableText.Escape(name), reason);
        }
    }

    /// <summary>Waits for room in the queue (back-pressure: the inbox never claims more than the queue can hold).</summary>
    private async Task SubmitAsync(InboxClaim claim, InboxOutcomes outcomes, CancellationToken stoppingToken)
    {
        if (InboxEntry.KindOf(claim.Path) != InboxEntryKind.RegularFile)
        {
            // Swapped for a link or a FIFO between the scan and the claim: never opened, never read.
            const string notRegular = "not a regular file when claimed (a link, FIFO or device is never read)";
            outcomes.Fail(claim, notRegular, receipt: null);
            Log.Failed(logger, PrintableText.Escape(claim.OriginalName), notRegular);
            return;
        }

        var length = new FileInfo(claim.Path).Length;
        var source = new IngestionSource(PrintableText.Escape(claim.OriginalName), () => OpenClaimed(claim.Path), length);
        var ticket = await queue.EnqueueAsync(source, IngestionQueue.InboxOrigin, claim.Resumed, stoppingToken);
        var finishing = FinishAsync(claim, ticket, outcomes);
        lock (_pendingLock)
        {
            _pending.Add(finishing);
        }

        _ = finishing.ContinueWith(
            done =>
            {
                lock (_pendingLock)
                {
                    _pending.Remove(done);
                }

                Wake(); // room for another file
            },
            TaskScheduler.Default);
    }

    private int PendingCount()
    {
        lock (_pendingLock)
        {
            return _pending.Count;
        }
    }

    private static FileStream OpenClaimed(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);

    private async Task WhenPendingDoneAsync()
    {
        Task[] pending;
        lock (_pendingLock)
        {
            pending = [.. _pending];
        }

        await Task.WhenAll(pending);
    }

    private static string DefaultWorkerId() =>
        $"{SafeName(Environment.MachineName)}-{Environment.ProcessId}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3))}";

    private static string SafeName(string name) =>
        new(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
}
