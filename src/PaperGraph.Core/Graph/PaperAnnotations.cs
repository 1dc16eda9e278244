namespace PaperGraph.Core.Graph;

/// <summary>What the linker found in one paper. Saving it replaces the paper's previous annotations.</summary>
public sealed record PaperAnnotations(string PaperId, IReadOnlyList<Mention> Mentions, IReadOnlyList<string> IntroducedEntityIds);
