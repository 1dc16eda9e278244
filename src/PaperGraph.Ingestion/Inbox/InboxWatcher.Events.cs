namespace PaperGraph.Ingestion.Inbox;

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
        try
        {
            if (_wake.CurrentCount == 0)
            {
                _wake.Release();
            }
        }
        catch (ObjectDisposedException)
        {
            // A file finished or an event arrived while the host was shutting down: nobody is waiting any more.
        }
    }
}
