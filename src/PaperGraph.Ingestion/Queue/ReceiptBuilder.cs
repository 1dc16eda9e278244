using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Storage;

namespace PaperGraph.Ingestion.Queue;

/// <summary>Collects one job's batches into its receipt.</summary>
internal sealed class ReceiptBuilder(IngestionJob job)
{
    private readonly List<string> _paperIds = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<QuarantinedEntry> _quarantined = [];
    private long _created;
    private long _updated;
    private long _unchanged;

    public long Records => _created + _updated + _unchanged + _quarantined.Count;

    public void Add(IngestionBatch batch)
    {
        foreach (var outcome in batch.Papers)
        {
            _ = outcome.Result switch
            {
                UpsertResult.Created => ++_created,
                UpsertResult.Updated => ++_updated,
                _ => ++_unchanged,
            };
            if (_seen.Add(outcome.PaperId))
            {
                _paperIds.Add(outcome.PaperId);
            }
        }

        _quarantined.AddRange(batch.Quarantined.Select(q => new QuarantinedEntry(q.Id, q.Line, q.ReasonCode, q.Reason)));
    }

    public IngestionReceipt Build(IngestionSummary summary, DateTimeOffset completedAt) => new(
        job.Source.Name,
        job.Origin,
        _created,
        _updated,
        _unchanged,
        _quarantined.Count,
        _paperIds,
        _quarantined,
        summary.BytesRead,
        Math.Round(summary.Elapsed.TotalMilliseconds, 1),
        completedAt,
        SourceFailure());

    /// <summary>A source with no papers whose only problem is the whole file (binary, unreadable) failed as a file.</summary>
    private string? SourceFailure() =>
        _paperIds.Count == 0
        && _quarantined.FirstOrDefault(q => q.Line is null && q.ReasonCode is QuarantineReasons.BinaryFile or QuarantineReasons.UnreadableFile) is { } whole
            ? $"{whole.ReasonCode}: {whole.Reason}"
            : null;
}
