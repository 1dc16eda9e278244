namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// What the word index keeps of one paper: the distinct words of its title and abstract as search sees them
/// (<see cref="SearchWords"/>), and the fingerprint they were taken from, so an unchanged paper is not re-indexed.
/// </summary>
internal sealed record PaperWordsRow(string Id, string Fingerprint, IReadOnlyList<string> Words)
{
    public static PaperWordsRow From(Core.Graph.Paper paper) => new(
        paper.Id,
        PaperRow.FingerprintOf(paper),
        SearchWords.Split(paper.Title).Concat(SearchWords.Split(paper.Abstract)).Distinct(StringComparer.Ordinal).ToList());
}
