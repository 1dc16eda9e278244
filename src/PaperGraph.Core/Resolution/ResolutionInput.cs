using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Resolution;

/// <summary>A name to resolve, with an optional kind it should be and words from around it.</summary>
public sealed record ResolutionInput(string Name, EntityKind? KindHint = null, string? Context = null);
