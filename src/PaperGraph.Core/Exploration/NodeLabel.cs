using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Exploration;

/// <summary>What a graph view prints on a node: a paper's title and date, or an entity's name.</summary>
public sealed record NodeLabel(string Label, ListingDate? Date);
