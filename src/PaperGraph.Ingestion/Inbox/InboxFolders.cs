namespace PaperGraph.Ingestion.Inbox;

/// <summary>The inbox folder and the folders a file moves through: <c>processing/</c>, then <c>done/</c> or <c>failed/</c>.</summary>
internal sealed class InboxFolders
{
    public InboxFolders(string inbox)
    {
        Root = Path.GetFullPath(inbox);
        Processing = Path.Combine(Root, "processing");
        Done = Path.Combine(Root, "done");
        Failed = Path.Combine(Root, "failed");
    }

    public string Root { get; }

    public string Processing { get; }

    public string Done { get; }

    public string Failed { get; }

    public void EnsureCreated()
    {
        Directory.CreateDirectory(Processing);
        Directory.CreateDirectory(Done);
        Directory.CreateDirectory(Failed);
    }

    /// <summary>
    /// Regular files waiting in the inbox itself; every other entry is passed to <paramref name="ignored"/>
    /// with the reason it is never claimed.
    /// </summary>
    public IEnumerable<string> WaitingFiles(Action<string, string> ignored)
    {
        foreach (var path in Directory.EnumerateFiles(Root))
        {
            var name = Path.GetFileName(path);
            if (IgnoredNameReason(name) is { } reason)
            {
                ignored(name, reason);
                continue;
            }

            switch (InboxEntry.KindOf(path))
            {
                case InboxEntryKind.RegularFile:
                    yield return path;
                    break;
                case InboxEntryKind.SymbolicLink:
                    ignored(name, "a symbolic link: only regular files are claimed and a link's target is never read");
                    break;
                case InboxEntryKind.Special:
                    ignored(name, "a FIFO, socket or device: only regular files are claimed");
                    break;
                default:
                    break; // gone meanwhile, or a directory
            }
        }
    }

    /// <summary>Why a name is never claimed: writers fill hidden and partial names first, then rename them.</summary>
    public static string? IgnoredNameReason(string name) =>
        name.StartsWith('.') ? "a hidden name (starts with '.'): copy tools and editors write such files while working; rename it without the dot to ingest it"
        : name.EndsWith('~') || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) ? "a temporary or backup name (ends with '~' or '.tmp')"
        : name.EndsWith(".part", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".partial", StringComparison.OrdinalIgnoreCase)
            ? "a partial name (.part): it is claimed once renamed to its final name"
        : null;
}
