namespace PaperGraph.Api.Schema.Ingestion;

/// <summary>One document of the <c>ingest</c> mutation as GraphQL.NET binds it.</summary>
internal sealed class IngestDocument
{
    public string? Title { get; set; }

    public string? Abstract { get; set; }

    public string? ArxivId { get; set; }

    public string? Date { get; set; }

    public List<string>? Authors { get; set; }
}
