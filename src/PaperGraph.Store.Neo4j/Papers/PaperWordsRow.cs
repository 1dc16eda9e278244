namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// What the word index keeps of one paper: the distinct words of its title and abstract as search sees them
/// (<see cref="SearchWords"/>) less the <see cref="CommonWords"/>, and the fingerprint they were taken from (the
/// paper's and the common-word list's), so an unchanged paper is not re-indexed.
/// </summary>
internal sealed record PaperWordsRow(string Id, string Fingerprint, IReadOnlyList<string> Words)
{
    public static PaperWordsRow From(Core.Graph.Paper paper) => new(
        paper.Id,
        PaperRow.FingerprintOf(paper) + " " + CommonWords.Version,
        SearchWords.Split(paper.Title).Concat(SearchWords.Split(paper.Abstract))
            .Where(word => !CommonWords.All.Contains(word))
            .Distinct(StringComparer.Ordinal)
            .ToList());
}
