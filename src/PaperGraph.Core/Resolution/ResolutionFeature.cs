namespace PaperGraph.Core.Resolution;

/// <summary>One signal behind a candidate's score, named so a service can learn from it.</summary>
public sealed record ResolutionFeature(string Name, double Value);
