namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// What the word index keeps of one paper: the distinct words of its title and abstract as search sees them
/// (<see cref="SearchWords"/>) less the <see cref="CommonWords"/>, how often each occurs in the title and in the abstract
/// (what search ranks by, <see cref="WordCount"/>), and the fingerprint they were taken from (the paper's, the
/// common-word list's and <see cref="Version"/>), so an unchanged paper is not re-indexed.
/// </summary>
/// <remarks>
/// Most words occur once, in the abstract only: their <c>HAS_WORD</c> edge carries no property (<see cref="Words"/>).
/// The others (<see cref="Counted"/>) carry both counts, <c>t</c> and <c>a</c>. Properties on every edge would cost the
/// write of each one; these are about a quarter of a paper's edges. A word with <c>t &gt; 0</c> also gets a
/// <c>HAS_TITLE_WORD</c> edge.
/// </remarks>
internal sealed record PaperWordsRow(string Id, string Fingerprint, IReadOnlyList<string> Words, IReadOnlyList<WordCount> Counted)
{
    /// <summary>
    /// The form of the index: whoever changes what an edge holds changes it too, and a store whose
    /// <c>SearchStats</c> node names another form is indexed again when opened (<see cref="SearchStatistics"/>).
    /// </summary>
    public const string Version = "word-counts-2";

    public static PaperWordsRow From(Core.Graph.Paper paper)
    {
        var counts = new Dictionary<string, (int Title, int Abstract)>(StringComparer.Ordinal);
        foreach (var word in SearchWords.Tokens(paper.Title).Where(word => !CommonWords.All.Contains(word)))
        {
            counts[word] = (counts.GetValueOrDefault(word).Title + 1, 0);
        }

        foreach (var word in SearchWords.Tokens(paper.Abstract).Where(word => !CommonWords.All.Contains(word)))
        {
            var (title, text) = counts.GetValueOrDefault(word);
            counts[word] = (title, text + 1);
        }

        // Dictionary order is insertion order here (nothing is removed): title words first, as before.
        return new(
            paper.Id,
            PaperRow.FingerprintOf(paper) + " " + CommonWords.Version + " " + Version,
            [.. counts.Where(pair => pair.Value is (0, 1)).Select(pair => pair.Key)],
            [.. counts.Where(pair => pair.Value is not (0, 1)).Select(pair => new WordCount(pair.Key, pair.Value.Title, pair.Value.Abstract))]);
    }
}
