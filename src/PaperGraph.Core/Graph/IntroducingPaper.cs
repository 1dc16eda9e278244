namespace PaperGraph.Core.Graph;

/// <summary>What a catalog says about the paper that introduced an entity.</summary>
public sealed record IntroducingPaper(string? Title, string? ArxivId, int? Year);
