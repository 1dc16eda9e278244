using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Ingestion;

/// <summary>
/// Reads arXiv API Atom feeds entry by entry with a streaming <see cref="XmlReader"/>. Malformed XML ends
/// the file where it breaks: the entries before are read, the rest of the file is one quarantined record.
/// </summary>
internal static class AtomFeedReader
{
    private const int TailWindow = 256 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public static async IAsyncEnumerable<ListingItem> ReadAsync(Stream stream, ListingRecordBuilder builder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var capture = new TailCaptureStream(stream, TailWindow);
        using var xml = XmlReader.Create(capture, Settings);
        var cursor = new AtomEntryCursor(xml);
        while (true)
        {
            var (entry, line, error) = await cursor.NextAsync(cancellationToken);
            if (error is not null)
            {
                var (offset, raw) = await capture.ReadRestFromAsync(error.LineNumber, QuarantineRecord.RawLimit, cancellationToken);
                var reason = $"The XML breaks at line {error.LineNumber}, position {error.LinePosition}: {error.Message} The rest of the file is kept here.";
                yield return builder.Quarantine(QuarantineReasons.MalformedXml, reason, error.LineNumber, offset, raw);
                yield break;
            }

            if (entry is null)
            {
                yield break;
            }

            yield return ToItem(builder, entry, line);
        }
    }

    private static ListingItem ToItem(ListingRecordBuilder builder, XElement entry, long line)
    {
        var raw = Encoding.UTF8.GetBytes(entry.ToString(SaveOptions.DisableFormatting));
        var published = Child(entry, "published") ?? Child(entry, "updated");
        ListingDate? date = null;
        if (published is not null)
        {
            if (!ListingDate.TryParse(published, out var parsed))
            {
                return builder.Quarantine(QuarantineReasons.InvalidDate, $"The entry on line {line} has an unreadable date '{published}'.", line, null, raw);
            }

            date = parsed;
        }

        var id = Child(entry, "id");
        var arxivId = id is not null && id.Contains("arxiv.org/abs/", StringComparison.OrdinalIgnoreCase) ? PaperIds.NormalizeArxivId(id) : null;
        var authors = entry.Elements().Where(e => e.Name.LocalName == "author")
            .Select(a => Child(a, "name") ?? string.Empty)
            .ToArray();
        var fields = new ListingFields(Child(entry, "title"), Child(entry, "summary"), arxivId, authors, date);
        return builder.Build(fields, line, null, raw);
    }

    private static string? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;
}
