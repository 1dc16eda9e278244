using System.Runtime.CompilerServices;

namespace PaperGraph.Core.Ingestion;

/// <summary>
/// Reads JSON Lines, one paper object per line (<see cref="JsonListingObject"/> knows the fields). Each line
/// is checked for UTF-8 and parsed on its own, so a bad line is quarantined and its neighbours are not.
/// </summary>
internal static class JsonLinesReader
{
    public static async IAsyncEnumerable<ListingItem> ReadAsync(Stream stream, ListingRecordBuilder builder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lines = new ByteLineReader(stream, builder.Limits.MaxLineBytes);
        while (await lines.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (line.TooLong)
            {
                yield return builder.Quarantine(QuarantineReasons.RecordTooLong, $"Line {line.Number} is longer than {builder.Limits.MaxLineBytes} bytes.", line.Number, line.Offset, line.Bytes);
            }
            else if (!line.IsValidUtf8)
            {
                yield return builder.Quarantine(QuarantineReasons.InvalidUtf8, $"Line {line.Number} is not valid UTF-8.", line.Number, line.Offset, line.Bytes);
            }
            else if (JsonListingObject.TryParse(line.Bytes, out var fields, out var code, out var reason))
            {
                yield return builder.Build(fields, line.Number, line.Offset, line.Bytes);
            }
            else
            {
                yield return builder.Quarantine(code, $"Line {line.Number}: {reason}", line.Number, line.Offset, line.Bytes);
            }
        }
    }
}
