using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Resolution;

/// <summary>An entity a name may denote; <see cref="Match"/> when <see cref="Score"/> reaches <see cref="EntityResolver.MatchThreshold"/>.</summary>
public sealed record ResolutionCandidate(Entity Entity, double Score, bool Match, string MatchedAlias, IReadOnlyList<ResolutionFeature> Features);
