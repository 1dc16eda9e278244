namespace PaperGraph.Core.Export;

/// <summary>The formats <c>papergraph export</c> and <c>GET /export/{format}</c> write.</summary>
public enum ExportFormat
{
    /// <summary>One JSON object per paper with its authors, mentions, introductions and links.</summary>
    Jsonl,

    /// <summary>GraphML: papers and entities as nodes, mentions / introduces / builds-on as typed edges.</summary>
    GraphML,

    /// <summary>Node and relationship CSV files in the header format <c>neo4j-admin import</c> reads (a folder, or a zip).</summary>
    Csv,

    /// <summary>JSON-LD with schema.org terms and an inline context.</summary>
    JsonLd,

    /// <summary>One BibTeX entry per paper.</summary>
    BibTeX,
}
