using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Resolution;

/// <summary>
/// An entity a name may denote; <see cref="Match"/> when <see cref="Score"/> reaches <see cref="EntityResolver.MatchThreshold"/>.
/// <see cref="Variant"/> is the size or setting the name adds to the entity's own name ("7B" in "LLaMA-2-7B"), when it does.
/// </summary>
public sealed record ResolutionCandidate(Entity Entity, double Score, bool Match, string MatchedAlias, IReadOnlyList<ResolutionFeature> Features, string? Variant = null);
