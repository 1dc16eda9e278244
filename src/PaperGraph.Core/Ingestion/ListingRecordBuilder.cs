using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Ingestion;

/// <summary>
/// Turns what a reader found in one source into a <see cref="PaperRecord"/> or, when a field breaks a rule,
/// a <see cref="QuarantineRecord"/>. Every reader goes through here, so the rules are the same for all formats.
/// </summary>
internal sealed class ListingRecordBuilder(string source, string format, ListingLimits limits, TimeProvider time)
{
    public string Source => source;

    public string Format => format;

    public ListingLimits Limits => limits;

    public ListingItem Build(ListingFields fields, long line, long? offset, ReadOnlySpan<byte> raw)
    {
        var title = ListingText.Normalize(fields.Title);
        var summary = ListingText.Normalize(fields.Abstract);
        var problem = title.Length == 0 ? (QuarantineReasons.EmptyTitle, "The record has no title.")
            : summary.Length == 0 ? (QuarantineReasons.EmptyAbstract, "The record has no abstract.")
            : title.Length > limits.MaxTitleLength ? (QuarantineReasons.TitleTooLong, $"The title has {title.Length} characters; at most {limits.MaxTitleLength} are allowed.")
            : summary.Length > limits.MaxAbstractLength ? (QuarantineReasons.AbstractTooLong, $"The abstract has {summary.Length} characters; at most {limits.MaxAbstractLength} are allowed.")
            : default((string Code, string Reason)?);
        if (problem is var (code, reason))
        {
            return Quarantine(code, reason, line, offset, raw);
        }

        var arxivId = string.IsNullOrWhiteSpace(fields.ArxivId) ? null : PaperIds.NormalizeArxivId(fields.ArxivId);
        var authors = (fields.Authors ?? []).Select(ListingText.Normalize).Where(a => a.Length > 0).ToArray();
        var paper = new Paper
        {
            Id = PaperIds.For(title, arxivId),
            Title = title,
            Abstract = summary,
            ArxivId = arxivId,
            Authors = authors,
            Date = fields.Date,
            Categories = (fields.Categories ?? []).Select(ListingText.Normalize).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToArray(),
        };
        return ListingItem.Of(new PaperRecord(paper, source, line, ContentHash(paper), time.GetUtcNow()));
    }

    public ListingItem Quarantine(string code, string reason, long? line, long? offset, ReadOnlySpan<byte> raw)
    {
        var kept = raw.Length > QuarantineRecord.RawLimit ? raw[..QuarantineRecord.RawLimit] : raw;
        return ListingItem.Of(new QuarantineRecord
        {
            Id = QuarantineId(line, offset, raw),
            Source = source,
            Line = line,
            Offset = offset,
            ReasonCode = code,
            Reason = reason,
            Raw = kept.ToArray(),
            Format = format,
            QuarantinedAt = time.GetUtcNow(),
        });
    }

    /// <summary>
    /// Separators that cannot occur in normalised text keep ("ab","c") and ("a","bc") apart. Categories count only when
    /// there are some, so a record without them hashes as it did before they were read.
    /// </summary>
    private static string ContentHash(Paper paper)
    {
        var text = string.Join('\u001F', paper.Title, paper.Abstract, paper.ArxivId ?? string.Empty,
            paper.Date?.ToString() ?? string.Empty, string.Join('\u001E', paper.Authors));
        if (paper.Categories.Count > 0)
        {
            text += '\u001F' + string.Join('\u001E', paper.Categories);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private string QuarantineId(long? line, long? offset, ReadOnlySpan<byte> raw)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{source}\0{line}\0{offset}\0")));
        hash.AppendData(raw);
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }
}
