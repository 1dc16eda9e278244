namespace PaperGraph.Core.Tests.HeldOut;

/// <summary>A gold introduced entity: its short name first, then aliases; matched by folded name.</summary>
internal sealed record HeldOutIntroduced(IReadOnlyList<string> Names, string Kind);
