namespace PaperGraph.Core.Linking;

/// <summary>One folded variant of an alias in the automaton. <see cref="ExactForm"/> is set when case must match.</summary>
internal sealed record AliasPattern(CatalogEntry Entry, string Key, string? ExactForm, string Alias);
