using System.Security.Cryptography;

namespace PaperGraph.Ingestion.Inbox;

/// <summary>Claims inbox files for one worker by atomic rename, and adopts the files of workers that died.</summary>
internal sealed class InboxClaims(InboxFolders folders, WorkerLease lease, TimeProvider time)
{
    /// <summary>
    /// Renames the file into this worker's folder under a unique name. <c>rename(2)</c> is atomic: when two
    /// workers race for one file exactly one rename succeeds, the other finds the file gone and skips it.
    /// </summary>
    public InboxClaim? TryClaim(string inboxPath)
    {
        var name = InboxNames.Shorten(Path.GetFileName(inboxPath));
        var claimId = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff", System.Globalization.CultureInfo.InvariantCulture)
            + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var target = Path.Combine(lease.Directory, claimId + InboxClaim.Separator + name);
        try
        {
            // overwrite: true is plain rename(2); the target name is unique, so nothing is ever overwritten.
            File.Move(inboxPath, target, overwrite: true);
            return new InboxClaim(target, claimId, name, Resumed: false);
        }
        catch (FileNotFoundException)
        {
            return null; // another worker took it
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Moves the files of every worker folder whose lock is free (its worker died or stopped) into this
    /// worker's folder, and returns them; they are ingested again from the start, which the store's idempotent
    /// upserts make safe. Folders of live workers are left alone.
    /// </summary>
    public IReadOnlyList<InboxClaim> AdoptOrphans()
    {
        var adopted = new List<InboxClaim>();
        foreach (var directory in Directory.EnumerateDirectories(folders.Processing))
        {
            // A .starting folder belongs to a worker between creating its folder and locking it; it never holds claims.
            if (Path.GetFullPath(directory) == Path.GetFullPath(lease.Directory) || directory.EndsWith(WorkerLease.StartingSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            using var orphanLock = WorkerLease.TryLock(directory);
            if (orphanLock is null)
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(directory).Where(f => Path.GetFileName(f) != WorkerLease.LockFileName))
            {
                var target = Path.Combine(lease.Directory, Path.GetFileName(file));
                try
                {
                    File.Move(file, target, overwrite: true);
                    adopted.Add(InboxClaim.FromPath(target, resumed: true));
                }
                catch (FileNotFoundException)
                {
                    // Gone meanwhile: the folder's lock was free, so only another adopter can have moved it.
                }
            }

            File.Delete(Path.Combine(directory, WorkerLease.LockFileName));
            WorkerLease.TryDeleteEmpty(directory);
        }

        return adopted;
    }
}
