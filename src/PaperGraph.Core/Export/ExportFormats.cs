namespace PaperGraph.Core.Export;

/// <summary>The names of <see cref="ExportFormat"/> on the command line and in URLs, and their media types.</summary>
public static class ExportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["jsonl", "graphml", "csv", "jsonld", "bibtex"];

    public static bool TryParse(string? name, out ExportFormat format)
    {
        format = name?.ToLowerInvariant() switch
        {
            "jsonl" => ExportFormat.Jsonl,
            "graphml" => ExportFormat.GraphML,
            "csv" => ExportFormat.Csv,
            "jsonld" => ExportFormat.JsonLd,
            "bibtex" => ExportFormat.BibTeX,
            _ => (ExportFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    public static string MediaType(ExportFormat format) => format switch
    {
        ExportFormat.Jsonl => "application/jsonl; charset=utf-8",
        ExportFormat.GraphML => "application/graphml+xml; charset=utf-8",
        ExportFormat.Csv => "application/zip",
        ExportFormat.JsonLd => "application/ld+json; charset=utf-8",
        ExportFormat.BibTeX => "application/x-bibtex; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "An export format with no media type."),
    };

    public static string FileName(ExportFormat format) => format switch
    {
        ExportFormat.Jsonl => "papergraph.jsonl",
        ExportFormat.GraphML => "papergraph.graphml",
        ExportFormat.Csv => "papergraph-csv.zip",
        ExportFormat.JsonLd => "papergraph.jsonld",
        ExportFormat.BibTeX => "papergraph.bib",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "An export format with no file name."),
    };
}
