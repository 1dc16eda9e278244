using PaperGraph.Core.Linking.Catalog;

namespace PaperGraph.Core.Linking.Matching;

/// <summary>One folded variant of an alias in a matcher. <see cref="ExactForm"/> is set when case must match.</summary>
internal sealed record AliasPattern(CatalogEntry Entry, string Key, string? ExactForm, string Alias);
