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
}
