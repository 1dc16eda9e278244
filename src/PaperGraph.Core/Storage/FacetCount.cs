namespace PaperGraph.Core.Storage;

/// <summary>One bucket of a facet: its value (a year, a month, a kind, an entity id, an author key), how many papers, and a label when the value is a key.</summary>
public sealed record FacetCount(string Value, long Papers, string? Label = null);
