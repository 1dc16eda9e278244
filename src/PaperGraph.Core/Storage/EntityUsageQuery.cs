using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Storage;

/// <summary>Papers that mention one entity, newest first then by id, optionally within dates.</summary>
public sealed record EntityUsageQuery(string EntityId, int First, string? After = null, ListingDate? DateFrom = null, ListingDate? DateTo = null);
