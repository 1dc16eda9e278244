namespace PaperGraph.Core.Linking;

/// <summary>What one <see cref="GraphLinker.LinkAsync"/> call did.</summary>
/// <param name="Linked">Papers of the batch that were linked.</param>
/// <param name="Relinked">Other papers linked again because an introduced entity they may mention changed.</param>
/// <param name="EntitiesChanged">Introduced entities created, changed or retired.</param>
/// <param name="LinksRecomputed">Papers whose builds-on links were recomputed.</param>
public sealed record LinkSummary(int Linked, int Relinked, int EntitiesChanged, int LinksRecomputed);
