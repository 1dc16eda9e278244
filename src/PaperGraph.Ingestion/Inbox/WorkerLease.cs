namespace PaperGraph.Ingestion.Inbox;

/// <summary>
/// A worker's own folder <c>processing/&lt;workerId&gt;/</c> and the lock file in it, held open with
/// <see cref="FileShare.None"/> (an OS file lock, released by the kernel when the process dies, even by
/// <c>kill -9</c>) for as long as the worker lives. Another worker may adopt the folder's files only when it
/// can take that lock, so a live worker's files are never resumed by anyone else.
/// </summary>
internal sealed class WorkerLease : IDisposable
{
    public const string LockFileName = ".lock";
    public const string StartingSuffix = ".starting";

    private readonly FileStream _lock;

    private WorkerLease(string workerId, string directory, FileStream lockStream) =>
        (WorkerId, Directory, _lock) = (workerId, directory, lockStream);

    public string WorkerId { get; }

    public string Directory { get; }

    /// <summary>
    /// Locks first, in a folder nobody adopts (<c>.starting</c>), then renames the folder into place: a
    /// rival can never find the folder with its lock not yet taken.
    /// </summary>
    public static WorkerLease Acquire(InboxFolders folders, string workerId)
    {
        var staging = Path.Combine(folders.Processing, workerId + StartingSuffix);
        System.IO.Directory.CreateDirectory(staging);
        var lockStream = new FileStream(Path.Combine(staging, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        try
        {
            var directory = Path.Combine(folders.Processing, workerId);
            System.IO.Directory.Move(staging, directory);
            return new WorkerLease(workerId, directory, lockStream);
        }
        catch
        {
            lockStream.Dispose();
            throw;
        }
    }

    /// <summary>Takes the lock of another worker's folder, or returns null while that worker lives.</summary>
    public static FileStream? TryLock(string directory)
    {
        try
        {
            return new FileStream(Path.Combine(directory, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public IEnumerable<string> ClaimedFiles() =>
        System.IO.Directory.EnumerateFiles(Directory).Where(path => Path.GetFileName(path) != LockFileName);

    /// <summary>Releases the lock; an empty folder goes, one with unfinished files stays for the next start to resume.</summary>
    public void Dispose()
    {
        if (!ClaimedFiles().Any())
        {
            File.Delete(Path.Combine(Directory, LockFileName));
            _lock.Dispose();
            TryDeleteEmpty(Directory);
        }
        else
        {
            _lock.Dispose();
        }
    }

    public static void TryDeleteEmpty(string directory)
    {
        try
        {
            System.IO.Directory.Delete(directory, recursive: false);
        }
        catch (IOException)
        {
            // Not empty after all (a file arrived): leave it.
        }
    }
}
