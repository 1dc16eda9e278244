namespace PaperGraph.Core.Export;

/// <summary>What an export wrote: nodes (papers, entities) and edges (mentions, introductions, builds-on links).</summary>
public sealed record ExportCounts(long Papers, long Entities, long Mentions, long Introductions, long Links);
