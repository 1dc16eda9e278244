using System.Collections.Frozen;

namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// Words the Neo4j word index leaves out: those in more than a fifth of the 74,728 arXiv cs papers of the corpus
/// (title and abstract, as <see cref="SearchWords"/> splits them), less the ones that can name something on their
/// own (data, image, language, model, reasoning …). They are 22% of the word edges a paper would otherwise get,
/// and the edges are most of the cost of writing a paper to Neo4j. A text is still matched on them: the relink
/// candidates query starts from a text's rarest other word and tests these in the paper's stored words; a text made
/// of them only (1 of the 30,063 name forms searched over the first 20,000 papers: "'s more") is tested against every
/// paper.
/// Whoever changes the list changes <see cref="Version"/> too: it is part of each paper's word fingerprint, so a paper's words
/// are indexed again when it is next written.
/// </summary>
internal static class CommonWords
{
    public const string Version = "common-words-1";

    public static readonly FrozenSet<string> All = new[]
    {
        "1", "a", "achieves", "across", "address", "an", "and", "approach", "are", "as", "at", "based", "be", "between",
        "both", "but", "by", "can", "demonstrate", "existing", "experiments", "first", "for", "from", "have", "however",
        "in", "into", "introduce", "is", "it", "method", "methods", "more", "novel", "of", "often", "on", "only", "or",
        "our", "over", "paper", "propose", "results", "s", "show", "such", "that", "the", "their", "these", "this",
        "through", "to", "two", "using", "via", "we", "which", "while", "with", "work",
    }.ToFrozenSet(StringComparer.Ordinal);
}
