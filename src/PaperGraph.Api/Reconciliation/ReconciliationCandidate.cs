using PaperGraph.Core.Resolution;

namespace PaperGraph.Api.Reconciliation;

/// <summary>A candidate for one query: an entity (score and match from <see cref="EntityResolver"/>) or a paper.</summary>
internal sealed record ReconciliationCandidate(string Id, string Name, string? Description, ReconcileType Type, double Score, bool Match, IReadOnlyList<ResolutionFeature> Features);
