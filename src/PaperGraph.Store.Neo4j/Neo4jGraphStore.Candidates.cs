using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Neo4j.Papers;

namespace PaperGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // The word index: (:Paper)-[:HAS_WORD]->(:PaperWord {word}) for every distinct word of the title and
    // abstract, written in the paper's own transaction (UpsertPapersAsync) and only when its text changed
    // (wordsIndexed holds the fingerprint it was built from). It answers "which papers hold these words"
    // by an index seek instead of a scan of every paper, on 3.x (no full-text index) as on 4.x/5.x, and an edge's
    // counts (PaperWordsRow) are what search scores the paper by for that word. A title word also gets a
    // HAS_TITLE_WORD edge: the papers with a word in the title, which lead a search matching too many to rank
    // (SearchCypher.CommonWordGroupPage), without reading every paper that holds it.
    // The parameters are a PaperWordsBatch: each word node is merged once, and a paper's edges name theirs by position.
    private const string IndexPaperWordsCypher = """
        UNWIND $words AS word
        MERGE (w:PaperWord {word: word})
        WITH collect(w) AS nodes
        UNWIND $rows AS row
        MATCH (p:Paper {id: row.id})
        WHERE p.wordsIndexed IS NULL OR p.wordsIndexed <> row.fingerprint
        SET p.wordsIndexed = row.fingerprint
        WITH p, row, nodes
        OPTIONAL MATCH (p)-[old:HAS_WORD|HAS_TITLE_WORD]->(:PaperWord)
        WITH p, row, nodes, collect(old) AS stale
        FOREACH (r IN stale | DELETE r)
        FOREACH (n IN [i IN row.words | nodes[i]] | CREATE (p)-[:HAS_WORD]->(n))
        FOREACH (c IN row.counted | FOREACH (n IN [nodes[c.word]] |
            CREATE (p)-[:HAS_WORD {t: c.t, a: c.a}]->(n)
            FOREACH (_ IN CASE WHEN c.t > 0 THEN [1] ELSE [] END | CREATE (p)-[:HAS_TITLE_WORD]->(n))))
        """;

    // One round trip for every text of a batch: each starts from the papers holding its rarest indexed word (the
    // word node with the fewest HAS_WORD edges, a degree read, not a scan), then keeps those holding every other
    // word, common ones included, with the same test search applies. A text with a word no paper holds finds
    // nothing. Starting from the longest word instead took four times as long on the first 20,000 corpus papers
    // ("3d", "based", "attack"). The degree is written per version family: size() of a pattern is gone in
    // Cypher 5, COUNT {} is 5.x only.
    private const string PaperIdsWithWordsCypher = """
        UNWIND $texts AS text
        UNWIND text.indexed AS word
        OPTIONAL MATCH (w:PaperWord {word: word})
        WITH text, word, w, CASE WHEN w IS NULL THEN -1 ELSE {0} END AS papers
        ORDER BY papers
        WITH text, collect(word) AS words, min(papers) AS fewest
        WHERE fewest > 0
        MATCH (:PaperWord {word: words[0]})<-[:HAS_WORD]-(p:Paper)
        WHERE all(word IN words[1..] + text.common WHERE p.titleWords CONTAINS (' ' + word + ' ') OR p.abstractWords CONTAINS (' ' + word + ' '))
        RETURN text.index, p.id
        """;

    private static readonly string PaperIdsWithWordsBefore5 = WordDegree.Before5(PaperIdsWithWordsCypher);
    private static readonly string PaperIdsWithWords5 = WordDegree.Five(PaperIdsWithWordsCypher);

    /// <summary>The candidates statement as 3.x and 4.x run it, and as 5.x runs it (for the Cypher 5 lint test).</summary>
    internal static (string Before5, string Five) PaperIdsWithWordsForms => (PaperIdsWithWordsBefore5, PaperIdsWithWords5);

    // A text made of common words only has no indexed word to start from: every paper is tested (rare, see CommonWords).
    private const string PaperIdsWithCommonWordsCypher = """
        UNWIND $texts AS text
        MATCH (p:Paper)
        WHERE all(word IN text.common WHERE p.titleWords CONTAINS (' ' + word + ' ') OR p.abstractWords CONTAINS (' ' + word + ' '))
        RETURN text.index, p.id
        """;

    private const string PaperIdsMentioningAnyCypher = """
        UNWIND $ids AS id
        MATCH (:EntityRef {id: id})<-[:MENTIONS]-(p:Paper)
        RETURN DISTINCT p.id
        """;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> FindPaperIdsWithWordsAsync(IReadOnlyCollection<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var distinct = Distinct(texts);
        var withIndexed = new List<object>();
        var commonOnly = new List<object>();
        for (var i = 0; i < distinct.Count; i++)
        {
            // The terms search keeps (stop words out, the first dozen), as the SQLite store's candidates and search do.
            var words = SearchTerms.Of(SearchWords.Split(distinct[i]));
            var indexed = words.Where(word => !CommonWords.All.Contains(word)).ToList();
            var common = words.Where(CommonWords.All.Contains).ToList();
            if (indexed.Count > 0)
            {
                withIndexed.Add(new { index = i, indexed, common });
            }
            else if (common.Count > 0)
            {
                commonOnly.Add(new { index = i, common });
            }
        }

        var statements = new List<CypherStatement>();
        if (withIndexed.Count > 0)
        {
            var endpoint = await _client.GetEndpointAsync(cancellationToken);
            statements.Add(new CypherStatement(endpoint.MajorVersion >= 5 ? PaperIdsWithWords5 : PaperIdsWithWordsBefore5, new { texts = withIndexed }));
        }

        if (commonOnly.Count > 0)
        {
            statements.Add(new CypherStatement(PaperIdsWithCommonWordsCypher, new { texts = commonOnly }));
        }

        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var results = statements.Count > 0 ? await _client.RunAsync(statements, cancellationToken) : [];
        foreach (var row in results.SelectMany(result => result.Rows))
        {
            var text = distinct[(int)row.Int64(0)];
            (found.TryGetValue(text, out var list) ? list : found[text] = []).Add(row.String(1));
        }

        return found.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<string>> FindPaperIdsMentioningAnyAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        if (entityIds.Count == 0)
        {
            return [];
        }

        var result = await _client.RunAsync(new CypherStatement(PaperIdsMentioningAnyCypher, new { ids = Distinct(entityIds) }), cancellationToken);
        return result.Rows.Select(row => row.String(0)).ToList();
    }
}
