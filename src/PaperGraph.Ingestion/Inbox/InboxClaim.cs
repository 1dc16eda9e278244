namespace PaperGraph.Ingestion.Inbox;

/// <summary>A file this worker owns in <c>processing/&lt;workerId&gt;/</c>, named <c>&lt;claimId&gt;~&lt;original name&gt;</c>.</summary>
/// <param name="Resumed">Adopted from a worker that stopped before finishing it.</param>
internal sealed record InboxClaim(string Path, string ClaimId, string OriginalName, bool Resumed)
{
    public const char Separator = '~';

    public static InboxClaim FromPath(string path, bool resumed)
    {
        var fileName = System.IO.Path.GetFileName(path);
        var cut = fileName.IndexOf(Separator, StringComparison.Ordinal);
        return cut > 0
            ? new InboxClaim(path, fileName[..cut], fileName[(cut + 1)..], resumed)
            : new InboxClaim(path, "resumed", fileName, resumed);
    }
}
