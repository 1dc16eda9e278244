using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking;

/// <summary>
/// What linking one paper gives: its annotations, the entities it introduces that no catalog has, and the entities
/// of the names it uses that nothing else knows (each a function of its id, so storing one again changes nothing).
/// </summary>
public sealed record LinkResult(PaperAnnotations Annotations, IReadOnlyList<Entity> NewEntities, IReadOnlyList<Entity> UsedEntities);
