using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking;

/// <summary>What linking one paper gives: its annotations and the entities it introduces that no catalog has.</summary>
public sealed record LinkResult(PaperAnnotations Annotations, IReadOnlyList<Entity> NewEntities);
