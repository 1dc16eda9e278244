namespace PaperGraph.Core.Ingestion;

/// <summary>Format names stored with quarantined records, so a retry reads the raw bytes the same way.</summary>
public static class ListingFormats
{
    public const string HuggingFaceListing = "hf-listing";
    public const string JsonLines = "jsonl";
    public const string Atom = "atom";

    /// <summary>Content no reader understands (binary data, unreadable files).</summary>
    public const string Unknown = "unknown";
}
