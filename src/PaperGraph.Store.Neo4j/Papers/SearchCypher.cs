using System.Text;

namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// The statements of a search listed by relevance, written for its terms. The terms' statistics come first, in a
/// statement of their own (<see cref="TermStatisticsBefore5"/>), so each page statement knows which term is the
/// anchor (the rarest indexed one, whose papers it starts from), which are common words, and every idf as the server
/// computed it. Written out per term, a score is a few arithmetic operations a row; the general paper-list statement
/// built lists and maps per row, which on 3.1's interpreted runtime cost more than reading the papers.
/// </summary>
/// <remarks>
/// The score is FTS5's <c>bm25(papers_fts, 4.0, 1.0)</c> term for term, in its order of operations (see
/// <see cref="SearchStatistics"/>): the anchor's frequencies come from its <c>HAS_WORD</c> edge
/// (<see cref="PaperWordsRow"/>), another term's by counting it in the stored words, as before edges had counts.
/// </remarks>
internal static class SearchCypher
{
    // Per term, in the order typed: how many papers hold it (a common word's counter, else its word-index degree,
    // written per version family: size() of a pattern is gone in Cypher 5, COUNT {} is 5.x only), its idf (FTS5's
    // formula and floor) and the average paper length (1.0 on an empty store, where every hit count is 0).
    private const string TermStatisticsCypher = """
        OPTIONAL MATCH (s:SearchStats {key: 'papers'})
        WITH coalesce(s.papers, 0) AS papers, coalesce(s.tokens, 0) AS tokens
        UNWIND $terms AS term
        OPTIONAL MATCH (w:PaperWord {word: term.word})
        WITH papers, tokens, term, CASE WHEN w IS NULL THEN 0 WHEN term.common THEN coalesce(w.papers, 0) ELSE {0} END AS hits
        RETURN term.index, hits, CASE WHEN papers <= 2 * hits THEN 1e-6 ELSE log((papers - hits + 0.5) / (hits + 0.5)) END,
            CASE WHEN papers = 0 THEN 1.0 ELSE toFloat(tokens) / papers END
        ORDER BY term.index
        """;

    public static readonly string TermStatisticsBefore5 = WordDegree.Before5(TermStatisticsCypher);

    public static readonly string TermStatistics5 = WordDegree.Five(TermStatisticsCypher);

    /// <summary>Common words only: 3.x tests every paper; 4.x/5.x narrow through the full-text index (the filter still decides).</summary>
    public const string EveryPaperHead = "MATCH (p:Paper)\nWITH p, null AS h0\n";

    public const string FullTextHead = "CALL db.index.fulltext.queryNodes('paper_text', $lucene) YIELD node AS p\nWITH p, null AS h0\n";

    private const string AnchorHead = "MATCH (:PaperWord {word: $anchor})<-[h0:HAS_WORD]-(p:Paper)\n";

    // The general paper filter (PaperFilterCypher), for a search that has one; left out when it has none.
    private const string Filter = """
        CASE WHEN size($entityIds) = 0 AND $kind IS NULL THEN [] ELSE [(p)-[:MENTIONS]->(e:EntityRef) | e] END AS mentioned
        WHERE ($year IS NULL OR p.dateYear = $year)
          AND ($dateFrom IS NULL OR (p.dateYear IS NOT NULL AND p.dateOrd >= $dateFrom))
          AND ($dateTo IS NULL OR (p.dateYear IS NOT NULL AND p.dateOrd <= $dateTo))
          AND all(entityId IN $entityIds WHERE entityId IN [e IN mentioned | e.id])
          AND ($kind IS NULL OR $kind IN [e IN mentioned | e.kind])
          AND ($authorKey IS NULL OR $authorKey IN p.authorKeys)
        """;

    /// <summary>
    /// The papers holding every term and passing the filter, as rows of <c>p</c> and <c>h0</c> (the anchor's edge, or
    /// null). The other terms are looked for in the stored words: matching them by their own edges, 3.1 expanded every
    /// edge of each paper ("3D Gaussian Splatting": 41 ms against 3.6).
    /// </summary>
    public static string Matching(SearchPlan plan, bool fullText, bool filtered)
    {
        var text = new StringBuilder(plan.Anchor is null ? (fullText ? FullTextHead : EveryPaperHead) : AnchorHead)
            .Append(filtered ? "WITH p, h0, " + Filter : "WITH p, h0\nWHERE true");
        foreach (var i in Enumerable.Range(0, plan.Terms.Count).Where(i => i != plan.Anchor))
        {
            text.Append($" AND (p.titleWords CONTAINS $padded{i} OR p.abstractWords CONTAINS $padded{i})");
        }

        return text.Append('\n').ToString();
    }

    /// <summary>
    /// A page by relevance: the key is the negated score (as bm25() gives it), ascending, then the id. A counted page
    /// (a first page whose total the statistics do not give) also returns how many papers matched, in each row.
    /// </summary>
    public static string RankPage(SearchPlan plan, bool fullText, bool filtered, bool backward, bool counted)
    {
        var text = new StringBuilder(Matching(plan, fullText, filtered)).Append("WITH p");
        for (var i = 0; i < plan.Terms.Count; i++)
        {
            text.Append(", ").Append(i == plan.Anchor
                ? "4.0 * coalesce(h0.t, 0) + coalesce(h0.a, 1)"
                : $"4.0 * ((size(p.titleWords) - size(replace(p.titleWords, $padded{i}, ''))) / size($padded{i})) + (size(p.abstractWords) - size(replace(p.abstractWords, $padded{i}, ''))) / size($padded{i})")
                .Append($" AS f{i}");
        }

        text.Append(", 1.2 * (1 - 0.75 + 0.75 * p.tokenCount / $avgdl) AS norm\nWITH p, -(0.0");
        for (var i = 0; i < plan.Terms.Count; i++)
        {
            text.Append($" + $idf{i} * ((f{i} * (1.2 + 1.0)) / (f{i} + norm))");
        }

        text.Append(") AS sortKey\n");
        var order = backward ? "sortKey DESC, p.id DESC" : "sortKey, p.id";
        if (counted)
        {
            return text.Append("WITH collect([p, sortKey]) AS ranked\nUNWIND ranked AS r\n")
                .Append($"WITH r[0] AS p, r[1] AS sortKey, size(ranked) AS matched ORDER BY {order} LIMIT $limit\n")
                .Append($"RETURN {PaperNode.Projection}, sortKey, matched ORDER BY {order}")
                .ToString();
        }

        return text.Append(backward
            ? "WHERE $afterId IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND p.id < $afterId)\n"
            : "WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND p.id > $afterId)\n")
            .Append(Top("sortKey", order))
            .ToString();
    }

    /// <summary>
    /// The first <c>$limit</c> rows in <paramref name="order"/>, then their papers: 3.1 plans a <c>RETURN</c> with
    /// <c>ORDER BY … LIMIT</c> as the projection of every row, then the sort, so each matching paper's whole text was
    /// read (three times the cost of the scoring for "framework"). The order is said again for the returned rows.
    /// </summary>
    public static string Top(string keys, string order) =>
        $"WITH p, {keys} ORDER BY {order} LIMIT $limit\nRETURN {PaperNode.Projection}, {keys} ORDER BY {order}";

    /// <summary>
    /// One group of SQLite's order for a search matching too many papers to rank (CommonWordSearch): group 0 holds the
    /// papers with every term in the title, group 1 the others, each newest first by creation sequence (SQLite's row
    /// id); the caller reads group 1 only when group 0 does not fill the page. Group 0 starts from the anchor's
    /// <c>HAS_TITLE_WORD</c> edges: for "models" on 20,000 papers, 3,251 papers instead of 13,266 (7 ms against 32).
    /// </summary>
    public static string CommonWordGroupPage(SearchPlan plan, bool fullText, int group, bool backward)
    {
        var inTitle = string.Join(" AND ", Enumerable.Range(0, plan.Terms.Count)
            .Where(i => group == 1 || i != plan.Anchor)
            .Select(i => i == plan.Anchor ? "coalesce(h0.t, 0) > 0" : $"p.titleWords CONTAINS $padded{i}"));
        var text = new StringBuilder();
        if (group == 0 && plan.Anchor is not null)
        {
            text.Append("MATCH (:PaperWord {word: $anchor})<-[:HAS_TITLE_WORD]-(p:Paper)\nWHERE true");
            text.Append(inTitle.Length == 0 ? string.Empty : " AND " + inTitle);
        }
        else
        {
            text.Append(Matching(plan, fullText, filtered: false)).Append("WITH p, h0\nWHERE ")
                .Append(group == 0 ? inTitle : $"NOT ({inTitle})");
        }

        var order = backward ? "seq" : "seq DESC";
        return text.Append(backward ? " AND ($afterSeq IS NULL OR p.seq > $afterSeq)\n" : " AND ($afterSeq IS NULL OR p.seq < $afterSeq)\n")
            .Append($"WITH p, p.seq AS seq ORDER BY {order} LIMIT $limit\n")
            .Append($"RETURN {PaperNode.Projection}, seq ORDER BY {order}")
            .ToString();
    }
}
