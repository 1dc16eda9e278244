namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// The word index rows of one transaction (<see cref="PaperWordsRow"/>) with each distinct word once: the statement
/// merges every <see cref="Words">word</see> node once, then each paper's edges point into that list by position.
/// Merging per edge instead (about 100 a paper) took 2.6 times as long per 500-paper batch by the fourth batch, and
/// grew with the store.
/// </summary>
internal sealed record PaperWordsBatch(IReadOnlyList<string> Words, IReadOnlyList<PaperWordsBatch.Row> Rows)
{
    /// <summary>One paper: its fingerprint, the positions of its plain words and of its counted ones.</summary>
    public sealed record Row(string Id, string Fingerprint, IReadOnlyList<int> Words, IReadOnlyList<CountedWord> Counted);

    /// <summary>A <see cref="WordCount"/> with the word given by its position in <see cref="Words"/>.</summary>
    public sealed record CountedWord(int Word, int T, int A);

    public static PaperWordsBatch Of(IEnumerable<PaperWordsRow> papers)
    {
        var words = new List<string>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        int Position(string word)
        {
            if (!positions.TryGetValue(word, out var position))
            {
                position = positions[word] = words.Count;
                words.Add(word);
            }

            return position;
        }

        var rows = papers
            .Select(paper => new Row(
                paper.Id,
                paper.Fingerprint,
                [.. paper.Words.Select(Position)],
                [.. paper.Counted.Select(count => new CountedWord(Position(count.Word), count.T, count.A))]))
            .ToList();
        return new PaperWordsBatch(words, rows);
    }
}
