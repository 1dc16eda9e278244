namespace PaperGraph.Core.Ingestion;

/// <summary>What a quarantine retry did: ids read again and now stored, ids that still fail, and ids not in quarantine.</summary>
public sealed record QuarantineRetryResult(IReadOnlyList<string> Recovered, IReadOnlyList<string> StillQuarantined, IReadOnlyList<string> NotFound);
