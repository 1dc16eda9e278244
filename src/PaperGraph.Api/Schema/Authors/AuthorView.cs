using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Authors;

/// <summary>An author as <c>author(name:)</c> found them: their key, a spelling, and the facets of their papers.</summary>
internal sealed record AuthorView(string Key, string Name, long Papers, PaperFacets Facets);
