using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Ingestion;

/// <summary>The fields a reader pulled out of one record, before validation and normalisation.</summary>
internal sealed record ListingFields(
    string? Title,
    string? Abstract,
    string? ArxivId = null,
    IReadOnlyList<string>? Authors = null,
    ListingDate? Date = null,
    IReadOnlyList<string>? Categories = null);
