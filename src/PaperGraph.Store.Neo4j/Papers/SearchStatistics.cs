namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// What search ranks by, kept by the store as SQLite's FTS5 keeps it for <c>bm25()</c>, so a search ranks papers the
/// same on both stores: the number of papers and of words in their titles and abstracts (a
/// <c>(:SearchStats {key: 'papers'})</c> node), how many papers hold each word (an indexed word's <c>HAS_WORD</c>
/// degree; a <see cref="CommonWords">common word's</see> <c>papers</c> counter on its <c>:PaperWord</c> node), and
/// each paper's own word count and creation sequence (FTS5's row id, which orders searches of very common words), and
/// the form of the word index (<see cref="PaperWordsRow.Version"/>: its edges' counts are the term frequencies).
/// </summary>
/// <remarks>
/// The counters change in the transaction that writes the papers, before it writes them (the deltas are taken
/// against the stored papers). The transaction first takes the statistics node's write lock, so concurrent writers
/// apply their deltas one after the other and none is lost, and a paper two writers create at once is counted once.
/// </remarks>
internal static class SearchStatistics
{
    // Locks the node (a SET takes the write lock; MERGE alone does not), then creates the batch's new papers with
    // the next sequence numbers, in batch order (as SQLite gives them row ids), and counts them. A new store's index
    // is of the current form from its first paper.
    public const string LockAndCreateCypher = """
        MERGE (s:SearchStats {key: 'papers'})
        ON CREATE SET s.papers = 0, s.tokens = 0, s.seq = 0, s.wordIndex = $wordIndex
        SET s.locked = true
        WITH s
        UNWIND range(0, size($ids) - 1) AS i
        OPTIONAL MATCH (p:Paper {id: $ids[i]})
        WITH s, i, p
        ORDER BY i
        WITH s, collect(CASE WHEN p IS NULL THEN $ids[i] END) AS created
        FOREACH (k IN range(0, size(created) - 1) | CREATE (:Paper {id: created[k], seq: s.seq + 1 + k}))
        SET s.seq = s.seq + size(created), s.papers = s.papers + size(created)
        """;

    // A paper whose fingerprint is unchanged is not rewritten, so it changes nothing here either.
    public const string TokenDeltaCypher = """
        UNWIND $rows AS row
        MATCH (p:Paper {id: row.id})
        WHERE p.fingerprint IS NULL OR p.fingerprint <> row.fingerprint
        WITH sum(row.tokenCount - coalesce(p.tokenCount, 0)) AS tokens
        MATCH (s:SearchStats {key: 'papers'})
        SET s.tokens = s.tokens + tokens
        """;

    public const string CommonWordDeltaCypher = """
        UNWIND $rows AS row
        MATCH (p:Paper {id: row.id})
        WHERE p.fingerprint IS NULL OR p.fingerprint <> row.fingerprint
        WITH row.commonWords AS now, coalesce(p.commonWords, []) AS before
        UNWIND [w IN now WHERE NOT w IN before | [w, 1]] + [w IN before WHERE NOT w IN now | [w, -1]] AS change
        WITH change[0] AS word, sum(change[1]) AS delta
        WHERE delta <> 0
        MERGE (w:PaperWord {word: word})
        SET w.papers = coalesce(w.papers, 0) + delta
        """;

    // The form of the word index the store holds (no row: no statistics node, so no papers yet).
    public const string WordIndexFormCypher = "MATCH (s:SearchStats {key: 'papers'}) RETURN s.wordIndex";

    public const string SetWordIndexFormCypher = "MATCH (s:SearchStats {key: 'papers'}) SET s.wordIndex = $wordIndex";

    // A store indexed in another form: the papers still to index again, a page at a time.
    public const string PapersOfOtherIndexFormCypher = """
        MATCH (p:Paper) WHERE p.wordsIndexed IS NOT NULL AND NOT p.wordsIndexed ENDS WITH $suffix
        RETURN
        """ + " " + PaperNode.Projection + " LIMIT $limit";

    // A store written before the statistics existed: its papers get their counts once, at start-up.
    public const string StatisticsExistCypher = "MATCH (s:SearchStats {key: 'papers'}) RETURN count(s)";

    public const string PapersWithoutCountsCypher = """
        MATCH (p:Paper) WHERE p.tokenCount IS NULL AND p.fingerprint IS NOT NULL
        RETURN p.id, p.title, p.abstract LIMIT $limit
        """;

    public const string SetCountsCypher = """
        UNWIND $rows AS row
        MATCH (p:Paper {id: row.id})
        SET p.titleWords = row.titleWords, p.abstractWords = row.abstractWords, p.tokenCount = row.tokenCount,
            p.commonWords = row.commonWords
        """;

    // Papers written before sequence numbers existed are numbered in id order, after any that have one.
    public const string NumberPapersCypher = """
        MATCH (p:Paper) WITH max(p.seq) AS top
        MATCH (p:Paper) WHERE p.seq IS NULL
        WITH top, p ORDER BY p.id
        WITH top, collect(p) AS unnumbered
        UNWIND range(0, size(unnumbered) - 1) AS i
        WITH unnumbered[i] AS p, coalesce(top, 0) + 1 + i AS seq
        SET p.seq = seq
        """;

    public const string CountCommonWordsCypher = """
        MATCH (p:Paper) UNWIND p.commonWords AS word
        WITH word, count(*) AS papers
        MERGE (w:PaperWord {word: word})
        SET w.papers = papers
        """;

    public const string CreateStatisticsCypher = """
        MATCH (p:Paper)
        WITH count(p) AS papers, sum(p.tokenCount) AS tokens, max(p.seq) AS seq
        MERGE (s:SearchStats {key: 'papers'})
        ON CREATE SET s.papers = papers, s.tokens = tokens, s.seq = coalesce(seq, 0)
        """;
}
