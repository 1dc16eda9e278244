using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Exploration;

/// <summary>
/// Related papers (<see cref="RelatedPapers.FindWithRecordsAsync"/>) with the records read to rank them: each paper
/// and entity id read, with its record or null when the store has none.
/// </summary>
public sealed record RelatedPapersFound(IReadOnlyList<RelatedPaper> Related, IReadOnlyDictionary<string, Paper?> Papers, IReadOnlyDictionary<string, Entity?> Entities);
