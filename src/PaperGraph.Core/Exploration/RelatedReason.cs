namespace PaperGraph.Core.Exploration;

/// <summary>One reason with its share of the score; <see cref="EntityId"/> is set for <see cref="RelatedReasonKind.SharedEntity"/>.</summary>
public sealed record RelatedReason(RelatedReasonKind Kind, string? EntityId, double Weight, string Evidence);
