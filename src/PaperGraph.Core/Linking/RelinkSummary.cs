namespace PaperGraph.Core.Linking;

/// <summary>What <see cref="GraphLinker.RelinkAllAsync"/> did.</summary>
/// <param name="Papers">Papers annotated and linked again.</param>
/// <param name="IntroducedEntities">Introduced entities after the relink.</param>
/// <param name="EntitiesChanged">Entities written: catalog entities that changed and introduced ones created, changed or retired.</param>
public sealed record RelinkSummary(long Papers, int IntroducedEntities, int EntitiesChanged);
