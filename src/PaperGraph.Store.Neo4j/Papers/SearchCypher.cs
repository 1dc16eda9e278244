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

    public static readonly string TermStatisticsBefore5 = TermStatisticsCypher.Replace("{0}", "size((w)<-[:HAS_WORD]-())", StringComparison.Ordinal);

    public static readonly string TermStatistics5 = TermStatisticsCypher.Replace("{0}", "COUNT { (w)<-[:HAS_WORD]-() }", StringComparison.Ordinal);

    /// <summary>Common words only: 3.x tests every paper; 4.x/5.x narrow through the full-text index (the filter still decides).</summary>
    public const string EveryPaperHead = "MATCH (p:Paper)\nWITH p, null AS h0\n";

    public const string FullTextHead = "CALL db.index.fulltext.queryNodes('paper_text', $lucene) YIELD node AS p\nWITH p, null AS h0\n";

    private const string AnchorHead = "MATCH (:PaperWord {word: $anchor})<-[h0:HAS_WORD]-(p:Paper)\n";

    // The general paper filter (PaperFilterCypher), for a search that has one; left out when it has none.
    private const string Filter = """
        WITH p, h0, CASE WHEN size($entityIds) = 0 AND $kind IS NULL THEN [] ELSE [(p)-[:MENTIONS]->(e:EntityRef) | e] END AS mentioned
        WHERE ($year IS NULL OR p.dateYear = $year)
          AND ($dateFrom IS NULL OR (p.dateYear IS NOT NULL AND p.dateOrd >= $dateFrom))
          AND ($dateTo IS NULL OR (p.dateYear IS NOT NULL AND p.dateOrd <= $dateTo))
          AND all(entityId IN $entityIds WHERE entityId IN [e IN mentioned | e.id])
          AND ($kind IS NULL OR $kind IN [e IN mentioned | e.kind])
          AND ($authorKey IS NULL OR $authorKey IN p.authorKeys)
        """;

    /// <summary>The papers holding every term and passing the filter, as rows of <c>p</c> and <c>h0</c> (the anchor's edge, or null).</summary>
    public static string Matching(SearchPlan plan, bool fullText, bool filtered)
    {
        var text = new StringBuilder(plan.Anchor is null ? (fullText ? FullTextHead : EveryPaperHead) : AnchorHead)
            .Append(filtered ? Filter : "WITH p, h0\nWHERE true");
        foreach (var i in Enumerable.Range(0, plan.Terms.Count).Where(i => i != plan.Anchor))
        {
            text.Append($" AND (p.titleWords CONTAINS $padded{i} OR p.abstractWords CONTAINS $padded{i})");
        }

        return text.Append('\n').ToString();
    }

    public static string Count(SearchPlan plan, bool fullText, bool filtered) => Matching(plan, fullText, filtered) + "RETURN count(p)";

    /// <summary>A page by relevance: the key is the negated score (as bm25() gives it), ascending, then the id.</summary>
    public static string RankPage(SearchPlan plan, bool fullText, bool filtered, bool backward)
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
        return text.Append(backward
            ? "WHERE $afterId IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND p.id < $afterId)\n"
            : "WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND p.id > $afterId)\n")
            .Append(Top("sortKey", backward ? "sortKey DESC, p.id DESC" : "sortKey, p.id"))
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
    /// SQLite's order for a search matching too many papers to rank (CommonWordSearch): papers holding every term in
    /// the title first, then the others, each newest first by creation sequence (SQLite's row id).
    /// </summary>
    public static string CommonWordPage(SearchPlan plan, bool fullText, bool backward)
    {
        var inTitle = Enumerable.Range(0, plan.Terms.Count)
            .Select(i => i == plan.Anchor ? "coalesce(h0.t, 0) > 0" : $"p.titleWords CONTAINS $padded{i}");
        var text = new StringBuilder(Matching(plan, fullText, filtered: false))
            .Append("WITH p, CASE WHEN ").AppendJoin(" AND ", inTitle).Append(" THEN 0 ELSE 1 END AS grp, p.seq AS seq\n");
        return text.Append(backward
            ? "WHERE $afterGroup IS NULL OR grp < $afterGroup OR (grp = $afterGroup AND seq > $afterSeq)\n"
            : "WHERE $afterGroup IS NULL OR grp > $afterGroup OR (grp = $afterGroup AND seq < $afterSeq)\n")
            .Append(Top("grp, seq", backward ? "grp DESC, seq" : "grp, seq DESC"))
            .ToString();
    }
}
