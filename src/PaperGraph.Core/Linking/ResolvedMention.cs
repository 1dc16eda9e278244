using PaperGraph.Core.Linking.Catalog;

namespace PaperGraph.Core.Linking;

/// <summary>A span after overlaps and clashes are resolved: the entity it names and how sure the linker is (0–1).</summary>
internal readonly record struct ResolvedMention(int Start, int End, CatalogEntry Entry, double Score);
