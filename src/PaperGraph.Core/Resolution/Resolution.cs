namespace PaperGraph.Core.Resolution;

/// <summary>What one input resolved to: candidates best first, or why there are none.</summary>
public sealed record Resolution(ResolutionInput Input, IReadOnlyList<ResolutionCandidate> Candidates, string? UnresolvedReason);
