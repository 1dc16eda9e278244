namespace PaperGraph.Core.Linking.Catalog;

/// <summary>One way of writing an entity's name; <see cref="Exact"/> aliases match only in the case written here.</summary>
public readonly record struct CatalogAlias(string Text, bool Exact);
