using System.Runtime.CompilerServices;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Ingestion;

/// <summary>
/// Reads a Hugging Face paper-listing page saved as text: banner chrome, an optional "Mar 12" date line,
/// then title and abstract lines, with or without blank lines between. Lines are told apart by shape
/// (<see cref="LineShape"/>), so a title without its abstract is quarantined and the pairs after it still line up.
/// </summary>
internal static class HuggingFaceListingReader
{
    public static async IAsyncEnumerable<ListingItem> ReadAsync(Stream stream, ListingRecordBuilder builder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lines = new ByteLineReader(stream, builder.Limits.MaxLineBytes);
        var inChrome = true;
        ListingDate? date = null;
        (RawLine Line, string Text)? title = null;
        while (await lines.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (line.TooLong)
            {
                if (title is { } pending)
                {
                    yield return MissingAbstract(builder, pending.Line);
                    title = null;
                }

                yield return builder.Quarantine(QuarantineReasons.RecordTooLong, $"Line {line.Number} is longer than {builder.Limits.MaxLineBytes} bytes.", line.Number, line.Offset, line.Bytes);
                continue;
            }

            var text = line.Text.Trim();
            if (ListingChrome.TryParseDate(text, out var listed))
            {
                date = listed;
                continue;
            }

            if (inChrome)
            {
                if (ListingChrome.IsChrome(text))
                {
                    continue;
                }

                text = ListingChrome.StripGluedPrefix(text);
                inChrome = false;
            }

            if (title is { } waiting)
            {
                if (LineShape.IsAbstract(text, afterTitle: true))
                {
                    yield return Pair(builder, waiting.Line, waiting.Text, line, text, date);
                    title = null;
                    continue;
                }

                yield return MissingAbstract(builder, waiting.Line);
                title = (line, text);
            }
            else if (LineShape.IsAbstract(text, afterTitle: false))
            {
                yield return builder.Quarantine(QuarantineReasons.MissingTitle, $"Line {line.Number} looks like an abstract but no title precedes it.", line.Number, line.Offset, line.Bytes);
            }
            else
            {
                title = (line, text);
            }
        }

        if (title is { } last)
        {
            yield return MissingAbstract(builder, last.Line);
        }
    }

    private static ListingItem Pair(ListingRecordBuilder builder, RawLine titleLine, string title, RawLine abstractLine, string summary, ListingDate? date)
    {
        byte[] raw = [.. titleLine.Bytes, (byte)'\n', .. abstractLine.Bytes];
        if (!titleLine.IsValidUtf8 || !abstractLine.IsValidUtf8)
        {
            var bad = titleLine.IsValidUtf8 ? abstractLine.Number : titleLine.Number;
            return builder.Quarantine(QuarantineReasons.InvalidUtf8, $"Line {bad} is not valid UTF-8.", titleLine.Number, titleLine.Offset, raw);
        }

        return builder.Build(new ListingFields(title, summary, Date: date), titleLine.Number, titleLine.Offset, raw);
    }

    private static ListingItem MissingAbstract(ListingRecordBuilder builder, RawLine titleLine) =>
        builder.Quarantine(QuarantineReasons.MissingAbstract, $"The title on line {titleLine.Number} has no abstract after it.", titleLine.Number, titleLine.Offset, titleLine.Bytes);
}
