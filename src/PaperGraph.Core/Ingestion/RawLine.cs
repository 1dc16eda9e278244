using System.Text;
using System.Text.Unicode;

namespace PaperGraph.Core.Ingestion;

/// <summary>One line of a source as bytes (without its line break), where it starts, and whether it was cut.</summary>
/// <param name="TooLong">The line exceeded the line limit: <see cref="Bytes"/> holds only its beginning.</param>
internal sealed record RawLine(byte[] Bytes, long Number, long Offset, bool TooLong)
{
    public bool IsBlank => Bytes.AsSpan().Trim(" \t\r\f\v"u8).IsEmpty;

    public bool IsValidUtf8 => Utf8.IsValid(Bytes);

    /// <summary>The line as text; invalid bytes become U+FFFD, so check <see cref="IsValidUtf8"/> before trusting it.</summary>
    public string Text => Encoding.UTF8.GetString(Bytes);
}
