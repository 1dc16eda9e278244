namespace PaperGraph.Core.Storage;

/// <summary>An entity mentioned in the same papers as another, with how many papers they share.</summary>
public sealed record CoMention(string EntityId, long SharedPapers);
