using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Ingestion;

/// <summary>What one flushed batch did: the store's outcome for every paper record and the records quarantined.</summary>
public sealed record IngestionBatch(IReadOnlyList<UpsertOutcome> Papers, IReadOnlyList<QuarantineRecord> Quarantined)
{
    /// <summary>
    /// 0-based position of each paper record among everything its source yielded, parallel to <see cref="Papers"/>:
    /// with <see cref="QuarantinedPositions"/> it restores the source's order of papers and bad records, which
    /// a caller answering per input record (the GraphQL <c>ingest</c> mutation) needs.
    /// </summary>
    public IReadOnlyList<long> PaperPositions { get; init; } = [];

    /// <summary>0-based position of each quarantined record in its source, parallel to <see cref="Quarantined"/>.</summary>
    public IReadOnlyList<long> QuarantinedPositions { get; init; } = [];

    /// <summary>
    /// The papers the linker must see after this batch, in input order without repeats: those it created or
    /// updated, or every one when <paramref name="everyPaper"/> (a source resumed after a crash, whose earlier
    /// run may have stored papers without linking them).
    /// </summary>
    public IReadOnlyList<string> PaperIdsToLink(bool everyPaper) =>
        Papers.Where(o => everyPaper || o.Result != UpsertResult.Unchanged).Select(o => o.PaperId).Distinct(StringComparer.Ordinal).ToArray();
}
