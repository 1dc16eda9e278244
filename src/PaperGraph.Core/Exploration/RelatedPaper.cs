namespace PaperGraph.Core.Exploration;

/// <summary>A related paper; <see cref="Score"/> is the sum of its reasons' weights.</summary>
public sealed record RelatedPaper(string PaperId, double Score, IReadOnlyList<RelatedReason> Reasons);
