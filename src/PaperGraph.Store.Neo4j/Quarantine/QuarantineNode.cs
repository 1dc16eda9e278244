using PaperGraph.Core.Graph;

namespace PaperGraph.Store.Neo4j.Quarantine;

/// <summary>A <c>:Quarantine</c> node: raw bytes as base64 (JSON has no bytes), time as UTC ticks for ordering.</summary>
internal sealed record QuarantineNode
{
    public const string Projection =
        "q {.id, .source, .line, .offset, .reasonCode, .reason, .raw, .format, .quarantinedAt}";

    public required string Id { get; init; }

    public required string Source { get; init; }

    public long? Line { get; init; }

    public long? Offset { get; init; }

    public required string ReasonCode { get; init; }

    public required string Reason { get; init; }

    public required string Raw { get; init; }

    public required string Format { get; init; }

    public required long QuarantinedAt { get; init; }

    public static QuarantineNode From(QuarantineRecord record) => new()
    {
        Id = record.Id,
        Source = record.Source,
        Line = record.Line,
        Offset = record.Offset,
        ReasonCode = record.ReasonCode,
        Reason = record.Reason,
        Raw = Convert.ToBase64String(record.Raw.AsSpan(0, Math.Min(record.Raw.Length, QuarantineRecord.RawLimit))),
        Format = record.Format,
        QuarantinedAt = record.QuarantinedAt.UtcTicks,
    };

    public QuarantineRecord ToRecord() => new()
    {
        Id = Id,
        Source = Source,
        Line = Line,
        Offset = Offset,
        ReasonCode = ReasonCode,
        Reason = Reason,
        Raw = Convert.FromBase64String(Raw),
        Format = Format,
        QuarantinedAt = new DateTimeOffset(QuarantinedAt, TimeSpan.Zero),
    };
}
