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

    /// <summary>Files waiting in the inbox itself, skipping hidden and partial names a writer is still filling.</summary>
    public IEnumerable<string> WaitingFiles() =>
        Directory.EnumerateFiles(Root).Where(path => IsCandidate(Path.GetFileName(path)));

    public static bool IsCandidate(string name) =>
        !name.StartsWith('.')
        && !name.EndsWith('~')
        && !name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        && !name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        && !name.EndsWith(".partial", StringComparison.OrdinalIgnoreCase);
}
