namespace PaperGraph.Ingestion.Inbox;

/// <summary>
/// Decides when an inbox file is completely written: its size and last-write time are the same on two
/// consecutive looks, it was last written at least <paramref name="quiet"/> ago, and it can be opened
/// exclusively (a writer holding it open with a share lock fails that). A writer that may pause longer than
/// the quiet period writes <c>name.part</c> and renames it when done (see <see cref="InboxFolders"/>).
/// </summary>
internal sealed class FileStability(TimeSpan quiet, TimeProvider time)
{
    private readonly Dictionary<string, (long Size, DateTime Written)> _lastLook = new(StringComparer.Ordinal);

    /// <summary>True while some file is still waiting in the folder (not yet stable, or stable but unclaimed): look again soon.</summary>
    public bool HasPending => _lastLook.Count > 0;

    /// <summary>Looks at the waiting files once and returns those that are ready to claim, in name order (as <c>papergraph ingest</c> reads a folder).</summary>
    public IReadOnlyList<string> Look(IEnumerable<string> files)
    {
        var ready = new List<string>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                continue;
            }

            present.Add(path);
            var look = (info.Length, info.LastWriteTimeUtc);
            var quietFor = time.GetUtcNow().UtcDateTime - look.LastWriteTimeUtc;
            if (_lastLook.TryGetValue(path, out var previous) && previous == look && (quietFor >= quiet || quietFor < TimeSpan.Zero) && CanOpenExclusively(path))
            {
                // Kept in _lastLook: a ready file left unclaimed (the worker is full) is ready on the next look too;
                // a claimed one is gone from the folder and dropped below.
                ready.Add(path);
            }
            else
            {
                _lastLook[path] = look;
            }
        }

        foreach (var gone in _lastLook.Keys.Where(k => !present.Contains(k)).ToArray())
        {
            _lastLook.Remove(gone);
        }

        ready.Sort(StringComparer.Ordinal);
        return ready;
    }

    private static bool CanOpenExclusively(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return true; // unreadable for good: claim it, so it lands in failed/ with its reason
        }
        catch (IOException)
        {
            return false; // still open for writing, or gone
        }
    }
}
