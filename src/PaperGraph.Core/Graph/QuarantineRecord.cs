namespace PaperGraph.Core.Graph;

/// <summary>
/// A record PaperGraph could not ingest, kept aside with why. <see cref="Id"/> is derived from source,
/// location and raw bytes, so quarantining the same bad record twice keeps one row.
/// </summary>
public sealed record QuarantineRecord
{
    public required string Id { get; init; }

    public required string Source { get; init; }

    /// <summary>1-based line, or null when the whole source failed.</summary>
    public long? Line { get; init; }

    /// <summary>Byte offset of the record in its source, when known.</summary>
    public long? Offset { get; init; }

    /// <summary>A stable machine-readable code, e.g. <c>invalid-utf8</c>, <c>empty-abstract</c>.</summary>
    public required string ReasonCode { get; init; }

    /// <summary>A sentence a person can act on.</summary>
    public required string Reason { get; init; }

    /// <summary>The record's raw bytes, cut at <see cref="RawLimit"/>.</summary>
    public required byte[] Raw { get; init; }

    /// <summary>The source's format name (<c>hf-listing</c>, <c>jsonl</c>, <c>atom</c>), so a retry reads it the same way.</summary>
    public required string Format { get; init; }

    public required DateTimeOffset QuarantinedAt { get; init; }

    public const int RawLimit = 64 * 1024;
}
