namespace PaperGraph.Core.Storage;

/// <summary>Which end of a paper link the given papers stand at.</summary>
public enum LinkDirection
{
    /// <summary>Links the given papers make (they build on others).</summary>
    Outgoing,

    /// <summary>Links to the given papers (others build on them).</summary>
    Incoming,

    /// <summary>Both: each paper's outgoing links, then its incoming ones, in one read (one round trip on Neo4j).</summary>
    Both,
}
