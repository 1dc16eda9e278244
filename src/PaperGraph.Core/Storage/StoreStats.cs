namespace PaperGraph.Core.Storage;

/// <summary>Counts of what a store holds; the shape of <c>papergraph stats --json</c>.</summary>
public sealed record StoreStats(long Papers, long Entities, long Mentions, long Links, long Quarantined);
