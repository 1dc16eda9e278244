namespace PaperGraph.Core.Samples;

/// <summary>
/// The bundled dated sample: 3,000 arXiv CS papers listed from March 2025 to July 2026 (arXiv metadata,
/// CC0 1.0), cut with a fixed seed by <c>Samples/arxiv/cut_sample.py</c>. The listing pages carry no
/// years, so without it trends and date filters are empty on a first start.
/// </summary>
public static class DatedSample
{
    /// <summary>The file name the queue and the receipts show.</summary>
    public const string FileName = "arxiv_cs_sample.jsonl.gz";

    private const string ResourceName = "PaperGraph.Samples.arxiv." + FileName;

    /// <summary>Opens the gzip-compressed JSON Lines file (the ingestion sniffer reads gzip).</summary>
    public static Stream Open() =>
        typeof(DatedSample).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new FileNotFoundException($"The dated sample '{FileName}' is not embedded in this build.", FileName);
}
