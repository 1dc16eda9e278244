using System.Text.Json;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Neo4j.Papers;

namespace PaperGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // Every paper-list statement is a head that yields p, terms and avgdl (the search terms with their idf and the
    // average paper length; empty and 1.0 without search), the filter, then an order. Unset filters are null or empty
    // parameters, so one statement serves every combination.
    private const string NoSearch = "WITH [] AS terms, 1.0 AS avgdl\n";

    private const string MatchAllPapers = NoSearch + "MATCH (p:Paper)\n";

    // A filter on mentioned entities starts from one of them (unique id) and walks its mentions: the papers the
    // filter can keep, instead of every paper with a pattern read per paper (usedBy's totalCount read them all).
    private const string MatchMentioningPapers = NoSearch + "MATCH (:EntityRef {id: $anchorEntityId})<-[:MENTIONS]-(p:Paper)\nWITH DISTINCT p, terms, avgdl\n";

    // The search terms, in the order typed, with what FTS5's bm25() takes from the index (SearchStatistics): how many
    // papers hold each (a common word's counter, else its word-index degree, written per version family: size() of a
    // pattern is gone in Cypher 5, COUNT {} is 5.x only), its idf (FTS5's formula and floor), the average paper
    // length, and the rarest indexed term, which the search starts from. A term no paper holds leaves no row.
    private const string SearchTermsCypher = """
        OPTIONAL MATCH (s:SearchStats {key: 'papers'})
        WITH coalesce(s.papers, 0) AS papers, coalesce(s.tokens, 0) AS tokens
        UNWIND $terms AS term
        OPTIONAL MATCH (w:PaperWord {word: term.word})
        WITH papers, tokens, term, CASE WHEN w IS NULL THEN 0 WHEN term.common THEN coalesce(w.papers, 0) ELSE {0} END AS hits
        ORDER BY term.index
        WITH papers, tokens, collect({word: term.word, padded: term.padded, common: term.common, hits: hits}) AS found
        WHERE all(t IN found WHERE t.hits > 0)
        WITH found, toFloat(tokens) / papers AS avgdl,
            [t IN found | {padded: t.padded, idf: CASE WHEN papers <= 2 * t.hits THEN 1e-6 ELSE log((papers - t.hits + 0.5) / (t.hits + 0.5)) END}] AS terms,
            reduce(fewest = -1, t IN found | CASE WHEN t.common OR (fewest >= 0 AND t.hits >= fewest) THEN fewest ELSE t.hits END) AS fewest
        WITH terms, avgdl, [t IN found WHERE NOT t.common AND t.hits = fewest | t.word][0] AS anchor

        """;

    private static readonly string SearchTermsBefore5 = WordDegree.Before5(SearchTermsCypher);
    private static readonly string SearchTerms5 = WordDegree.Five(SearchTermsCypher);

    // A search with an indexed word reads only the papers holding the rarest one, on every version.
    private const string MatchAnchorPapers = "MATCH (:PaperWord {word: anchor})<-[:HAS_WORD]-(p:Paper)\n";

    // Common words only: 3.x tests every paper; 4.x/5.x narrow through the full-text index first (the filter below
    // still decides, so both return the same papers).
    private const string MatchEveryPaper = "MATCH (p:Paper)\n";

    private const string MatchFullTextPapers = "CALL db.index.fulltext.queryNodes('paper_text', $lucene) YIELD node AS p\n";

    // The mentioned entities are collected in a WITH first: Neo4j 3.1 mis-evaluates a pattern comprehension nested
    // in all(...) inside WHERE (it lets every row through).
    private const string PaperFilterCypher = """
        WITH p, terms, avgdl, CASE WHEN size($entityIds) = 0 AND $kind IS NULL THEN [] ELSE [(p)-[:MENTIONS]->(e:EntityRef) | e] END AS mentioned
        WHERE ($year IS NULL OR p.dateYear = $year)
          AND ($dateFrom IS NULL OR (p.dateYear IS NOT NULL AND p.dateOrd >= $dateFrom))
          AND ($dateTo IS NULL OR (p.dateYear IS NOT NULL AND p.dateOrd <= $dateTo))
          AND all(entityId IN $entityIds WHERE entityId IN [e IN mentioned | e.id])
          AND ($kind IS NULL OR $kind IN [e IN mentioned | e.kind])
          AND all(t IN terms WHERE p.titleWords CONTAINS t.padded OR p.abstractWords CONTAINS t.padded)
          AND ($authorKey IS NULL OR $authorKey IN p.authorKeys)

        """;

    // Relevance has statements of its own (SearchCypher). Descending orders negate a number, so every order is
    // ascending on (sortKey, id).
    private const string PaperSortKeyCypher = PaperFilterCypher + """
        WITH p, CASE $order
            WHEN 'date-desc' THEN -p.dateOrd
            WHEN 'date-asc' THEN p.dateOrd
            WHEN 'title' THEN p.title
            ELSE 0 END AS sortKey

        """;

    private static readonly string PaperPageCypher = PaperSortKeyCypher + """
        WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND p.id > $afterId)

        """ + SearchCypher.Top("sortKey", "sortKey, p.id");

    // Backwards (last/before): the mirror image, nearest to the cursor first; the caller reverses the rows.
    private static readonly string PaperPageBackwardCypher = PaperSortKeyCypher + """
        WHERE $afterId IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND p.id < $afterId)

        """ + SearchCypher.Top("sortKey", "sortKey DESC, p.id DESC");

    private const string PaperCountCypher = PaperFilterCypher + "RETURN count(p)";

    /// <summary>
    /// The statement heads a 4.x/5.x server gets instead of 3.x's (for the Cypher 5 lint test): the search terms'
    /// degree read, the full-text index for common words, and the candidates statement.
    /// </summary>
    internal static IReadOnlyList<(string Before5, string Five)> Cypher5Forms =>
    [
        (SearchTermsBefore5 + MatchAnchorPapers, SearchTerms5 + MatchAnchorPapers),
        (SearchTermsBefore5 + MatchEveryPaper, SearchTerms5 + MatchFullTextPapers),
        (SearchCypher.TermStatisticsBefore5, SearchCypher.TermStatistics5),
        (SearchCypher.EveryPaperHead, SearchCypher.FullTextHead),
        PaperIdsWithWordsForms,
    ];

    public async Task<Page<Paper>> QueryPapersAsync(PaperQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var (head, words) = await PaperSourceAsync(query.Filter, cancellationToken);
        if (MatchesNothing(query.Filter, words))
        {
            return Page<Paper>.Empty;
        }

        var order = PageCursor.PaperList(query.OrderBy, isSearch: words.Count > 0);
        if (order == PageCursor.PapersByRank)
        {
            return await QueryPapersByRankAsync(query, words, cancellationToken);
        }

        (JsonElement Key, string Id)? after = string.IsNullOrEmpty(query.After) ? null : PageCursor.Decode<JsonElement>(query.After, order);
        var parameters = FilterParameters(query.Filter, words);
        parameters["order"] = order;
        parameters["afterKey"] = after?.Key;
        parameters["afterId"] = after?.Id;
        parameters["limit"] = query.First + 1;
        var cypher = query.Backward ? PaperPageBackwardCypher : PaperPageCypher;
        var result = await _client.RunAsync(new CypherStatement(head + cypher, parameters), cancellationToken);
        var items = result.Rows.Take(query.First)
            .Select(row => new PageItem<Paper>(row.As<PaperNode>(0).ToPaper(), PageCursor.Encode(order, row[1], row[0].GetProperty("id").GetString()!)))
            .ToList();
        if (query.Backward)
        {
            items.Reverse();
        }

        return new Page<Paper>(items, result.Rows.Count > query.First);
    }

    public async Task<long> CountPapersAsync(PaperFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (head, words) = await PaperSourceAsync(filter, cancellationToken);
        if (MatchesNothing(filter, words))
        {
            return 0;
        }

        if (words.Count == 0 && IsSearchOnly(filter))
        {
            // No filter at all: the label's count, which the server keeps, instead of a scan of every paper.
            return (await _client.RunAsync(new CypherStatement(CountPapersCypher), cancellationToken)).Rows[0].Int64(0);
        }

        var parameters = FilterParameters(filter, words);
        var result = await _client.RunAsync(new CypherStatement(head + PaperCountCypher, parameters), cancellationToken);
        return result.Rows.Count == 0 ? 0 : result.Rows[0].Int64(0);
    }

    private async Task<(string Head, IReadOnlyList<string> Words)> PaperSourceAsync(PaperFilter filter, CancellationToken cancellationToken)
    {
        var words = SearchTerms.Of(SearchWords.Split(filter.Search));
        if (words.Count == 0)
        {
            return (filter.MentionsEntityIds.Count > 0 ? MatchMentioningPapers : MatchAllPapers, words);
        }

        var endpoint = await _client.GetEndpointAsync(cancellationToken);
        var terms = endpoint.MajorVersion >= 5 ? SearchTerms5 : SearchTermsBefore5;
        var source = words.Any(word => !CommonWords.All.Contains(word)) ? MatchAnchorPapers
            : endpoint.HasFullTextIndex ? MatchFullTextPapers
            : MatchEveryPaper;
        return (terms + source, words);
    }

    /// <summary>A search with no word but stop words (or none at all) finds nothing, as in every store.</summary>
    private static bool MatchesNothing(PaperFilter filter, IReadOnlyList<string> words) =>
        !string.IsNullOrWhiteSpace(filter.Search) && words.Count == 0;

    /// <summary>No filter but the search words (if any).</summary>
    private static bool IsSearchOnly(PaperFilter filter) =>
        filter is { Year: null, DateFrom: null, DateTo: null, MentionsEntityIds.Count: 0, MentionsKind: null, AuthorKey: null };

    private static Dictionary<string, object?> FilterParameters(PaperFilter filter, IReadOnlyList<string> words) => new()
    {
        ["year"] = filter.Year,
        ["dateFrom"] = filter.DateFrom is { } from ? DateKey.Of(from) : null,
        ["dateTo"] = filter.DateTo is { } to ? DateKey.Of(to) : null,
        ["entityIds"] = filter.MentionsEntityIds.Distinct(StringComparer.Ordinal).ToList(),
        ["anchorEntityId"] = filter.MentionsEntityIds.Order(StringComparer.Ordinal).FirstOrDefault(),
        ["kind"] = filter.MentionsKind is { } kind ? KindName(kind) : null,
        ["terms"] = words.Select((word, index) => new { index, word, padded = SearchWords.Padded(word), common = CommonWords.All.Contains(word) }).ToList(),
        ["lucene"] = words.Count == 0 ? null : SearchWords.ToLucene(words),
        ["authorKey"] = filter.AuthorKey,
    };

    private static string KindName(EntityKind kind) => kind.ToString().ToLowerInvariant();
}
