using System.Security.Cryptography;
using System.Text;

namespace PaperGraph.Ingestion.Inbox;

/// <summary>
/// Keeps the names a claimed file takes short enough for the file system: in <c>processing/</c> it gets a
/// 28-character claim id in front and in <c>done/</c> a <c>.receipt.json</c> after, and most file systems stop
/// at 255 bytes. A longer name keeps its start and extension with a hash of the whole name between them.
/// </summary>
internal static class InboxNames
{
    /// <summary>Bytes of UTF-8 a kept name may have: 255 less the claim id, the separator and the receipt suffix.</summary>
    public const int MaxBytes = 200;

    public static string Shorten(string name)
    {
        if (Encoding.UTF8.GetByteCount(name) <= MaxBytes)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        extension = extension.Length is > 0 and <= 16 ? extension : string.Empty;
        var hash = "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..12];
        var budget = MaxBytes - Encoding.UTF8.GetByteCount(extension) - hash.Length;
        var start = new StringBuilder();
        foreach (var rune in name.EnumerateRunes())
        {
            if (Encoding.UTF8.GetByteCount(start.ToString()) + rune.Utf8SequenceLength > budget)
            {
                break;
            }

            start.Append(rune.ToString());
        }

        return start + hash + extension;
    }
}
