using System.Text.Json;
using PaperGraph.Ingestion.Queue;

namespace PaperGraph.Ingestion.Inbox;

/// <summary>
/// Finishes a claimed file: moves it to <c>done/</c> with <c>&lt;name&gt;.receipt.json</c> or to <c>failed/</c>
/// with <c>&lt;name&gt;.error.json</c>. The file moves first and the JSON follows (written to a temp name, then
/// renamed), so a crash in between leaves a finished file, never a half-written receipt.
/// </summary>
internal sealed class InboxOutcomes(InboxFolders folders, TimeProvider time)
{
    public const string ReceiptSuffix = ".receipt.json";
    public const string ErrorSuffix = ".error.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public const string DeletedReason = "the file was deleted while it was being processed";

    public string Complete(InboxClaim claim, IngestionReceipt receipt)
    {
        if (!File.Exists(claim.Path) && InboxEntry.KindOf(claim.Path) == InboxEntryKind.Missing)
        {
            // Deleted under us: whatever was read is stored, but the file cannot be called done.
            return Fail(claim, DeletedReason + "; what was read before is stored (see the receipt)", receipt);
        }

        var path = MoveInto(folders.Done, claim);
        WriteJson(path + ReceiptSuffix, receipt);
        return path;
    }

    public string Fail(InboxClaim claim, string reason, IngestionReceipt? receipt)
    {
        if (InboxEntry.KindOf(claim.Path) == InboxEntryKind.Missing && !reason.StartsWith(DeletedReason, StringComparison.Ordinal))
        {
            reason = $"{DeletedReason} ({reason})";
        }

        var path = MoveInto(folders.Failed, claim);
        WriteJson(path + ErrorSuffix, new InboxFailure(claim.OriginalName, reason, time.GetUtcNow(), receipt));
        return path;
    }

    /// <summary>Keeps the original name when it is free; a name dropped before gets the claim id in front.</summary>
    private static string MoveInto(string folder, InboxClaim claim)
    {
        var plain = Path.Combine(folder, claim.OriginalName);
        if (InboxEntry.KindOf(claim.Path) == InboxEntryKind.Missing)
        {
            return File.Exists(plain) ? Path.Combine(folder, claim.ClaimId + InboxClaim.Separator + claim.OriginalName) : plain; // the error JSON still lands
        }

        try
        {
            File.Move(claim.Path, plain, overwrite: false);
            return plain;
        }
        catch (IOException) when (File.Exists(plain))
        {
            var unique = Path.Combine(folder, claim.ClaimId + InboxClaim.Separator + claim.OriginalName);
            File.Move(claim.Path, unique, overwrite: true);
            return unique;
        }
    }

    private static void WriteJson<T>(string path, T value)
    {
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(value, Json));
        File.Move(temp, path, overwrite: true);
    }
}
