namespace PaperGraph.Cli.Commands;

/// <summary>What <c>serve</c> seeds into an empty store, bound from the <c>Samples</c> section.</summary>
internal sealed class SampleOptions
{
    public const string SectionName = "Samples";

    /// <summary>
    /// Also the dated sample (3,000 arXiv papers) after the listing pages. Off for a store that is only a target of
    /// test or scale-out runs: on Neo4j 3.1 its linking takes minutes.
    /// </summary>
    public bool IncludeDated { get; set; } = true;
}
