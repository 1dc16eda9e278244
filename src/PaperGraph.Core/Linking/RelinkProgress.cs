namespace PaperGraph.Core.Linking;

/// <summary>How far <see cref="GraphLinker.RelinkAllAsync"/> is: a phase and the papers it has done of the total.</summary>
/// <param name="Phase"><c>introductions</c>, <c>mentions</c> or <c>links</c>.</param>
public sealed record RelinkProgress(string Phase, long Done, long Total);
