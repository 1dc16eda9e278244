using System.IO.Compression;

namespace PaperGraph.Core.Ingestion;

/// <summary>
/// Picks a reader from a source's first bytes and its name: gzip is unwrapped and sniffed again, UTF-16 with a
/// byte-order mark is transcoded to UTF-8 and sniffed again, NUL bytes
/// mean binary, <c>{</c> means JSON Lines, <c>&lt;</c> means Atom; otherwise the extension decides, and a
/// source with no telling extension is read as a Hugging Face listing page.
/// </summary>
internal static class ListingSniffer
{
    private const int HeadLength = 8 * 1024;

    public static async Task<SniffedSource> SniffAsync(Stream stream, string name, CancellationToken cancellationToken)
    {
        var head = await ReadHeadAsync(stream, cancellationToken);
        Stream content = new PrefixedStream(head, stream);
        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B)
        {
            var inner = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
            return await SniffAsync(new GZipStream(content, CompressionMode.Decompress), inner, cancellationToken);
        }

        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            // UTF-16 with its byte-order mark (what Windows tools write as "Unicode"): read as the UTF-8 it encodes.
            var encoding = head[0] == 0xFF ? System.Text.Encoding.Unicode : System.Text.Encoding.BigEndianUnicode;
            var utf16 = new PrefixedStream(head[2..], stream);
            return await SniffAsync(System.Text.Encoding.CreateTranscodingStream(utf16, encoding, System.Text.Encoding.UTF8), name, cancellationToken);
        }

        if (head.AsSpan().Contains((byte)0))
        {
            return new SniffedSource(ListingFormats.Unknown, content, IsBinary: true);
        }

        var text = head.AsSpan();
        text = text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? text[3..] : text;
        text = text.TrimStart(" \t\r\n"u8);
        var format = !text.IsEmpty && text[0] == (byte)'{' ? ListingFormats.JsonLines
            : !text.IsEmpty && text[0] == (byte)'<' ? ListingFormats.Atom
            : FromExtension(name);
        return new SniffedSource(format, content, IsBinary: false);
    }

    private static string FromExtension(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" or ".json" => ListingFormats.JsonLines,
        ".xml" or ".atom" => ListingFormats.Atom,
        _ => ListingFormats.HuggingFaceListing,
    };

    private static async Task<byte[]> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new byte[HeadLength];
        var length = 0;
        while (length < head.Length && await stream.ReadAsync(head.AsMemory(length), cancellationToken) is > 0 and var read)
        {
            length += read;
        }

        return head[..length];
    }
}
