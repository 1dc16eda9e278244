namespace PaperGraph.Core.Resolution;

/// <summary>One way a name reached an entity, before kind hint, context and mentions adjust the score.</summary>
internal sealed record CandidateOffer(AliasEntry Entry, double Score, IReadOnlyList<ResolutionFeature> Features, string? Variant);
