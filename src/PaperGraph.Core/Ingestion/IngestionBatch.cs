using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Ingestion;

/// <summary>What one flushed batch did: the store's outcome for every paper record and the records quarantined.</summary>
public sealed record IngestionBatch(IReadOnlyList<UpsertOutcome> Papers, IReadOnlyList<QuarantineRecord> Quarantined);
