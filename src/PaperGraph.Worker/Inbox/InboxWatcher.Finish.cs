using PaperGraph.Worker.Queue;

namespace PaperGraph.Worker.Inbox;

internal sealed partial class InboxWatcher
{
    private FileSystemWatcher? WatchEvents()
    {
        try
        {
            var watcher = new FileSystemWatcher(_folders.Root)
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.LastWrite,
            };
            watcher.Created += (_, _) => Wake();
            watcher.Changed += (_, _) => Wake();
            watcher.Renamed += (_, _) => Wake();
            watcher.Error += (_, _) => Wake(); // an overflow lost events: look at the whole folder now
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (IOException error)
        {
            // e.g. the inotify watch limit: the periodic rescan still finds every file, only later.
            Log.NoEvents(logger, error, _folders.Root);
            return null;
        }
    }

    private void Wake()
    {
        // One pending wake-up is enough: each wake looks at the whole folder.
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    /// <summary>Moves a finished file on; a job cancelled by shutdown leaves its file in processing/ to be resumed.</summary>
    private async Task FinishAsync(InboxClaim claim, IngestionTicket ticket, InboxOutcomes outcomes)
    {
        try
        {
            var receipt = await ticket.Completion;
            if (receipt.SourceFailure is { } reason)
            {
                outcomes.Fail(claim, reason, receipt);
                Log.Failed(logger, claim.OriginalName, reason);
            }
            else
            {
                outcomes.Complete(claim, receipt);
                Log.Done(logger, claim.OriginalName, receipt.Papers, receipt.Quarantined, receipt.DurationMs);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutdown abandoned it: it stays in processing/<workerId>/ and is adopted on the next start.
        }
#pragma warning disable CA1031 // Whatever the store threw, the file is finished as failed with that reason.
        catch (Exception error)
#pragma warning restore CA1031
        {
            outcomes.Fail(claim, error.Message, receipt: null);
            Log.Failed(logger, claim.OriginalName, error.Message);
        }
    }
}
