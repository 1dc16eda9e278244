namespace PaperGraph.Core.Ingestion;

/// <summary>What sniffing found: the format, the (decompressed) content to read, and whether it is binary.</summary>
internal sealed record SniffedSource(string Format, Stream Content, bool IsBinary);
