namespace PaperGraph.Core.Storage;

/// <summary>A page request over papers.</summary>
public sealed record PaperQuery(PaperFilter Filter, PaperOrder OrderBy, int First, string? After = null);
