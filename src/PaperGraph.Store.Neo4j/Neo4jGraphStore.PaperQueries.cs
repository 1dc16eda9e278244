using System.Text.Json;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Neo4j.Papers;

namespace PaperGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const string MatchAllPapers = "MATCH (p:Paper)\n";

    // A filter on mentioned entities starts from one of them (unique id) and walks its mentions: the papers the
    // filter can keep, instead of every paper with a pattern read per paper (usedBy's totalCount read them all).
    private const string MatchMentioningPapers = "MATCH (:EntityRef {id: $anchorEntityId})<-[:MENTIONS]-(p:Paper)\nWITH DISTINCT p\n";

    // 4.x/5.x only: the full-text index narrows candidates; the WHERE below still decides, so both
    // version families rank and order with the same rules.
    private const string MatchFullTextPapers = "CALL db.index.fulltext.queryNodes('paper_text', $lucene) YIELD node AS p\n";

    // Every unset filter is a null or empty parameter, so one statement serves every combination.
    // The mentioned entities are collected in a WITH first: Neo4j 3.1 mis-evaluates a pattern
    // comprehension nested in all(...) inside WHERE (it lets every row through).
    private const string PaperFilterCypher = """
        WITH p, CASE WHEN size($entityIds) = 0 AND $kind IS NULL THEN [] ELSE [(p)-[:MENTIONS]->(e:EntityRef) | e] END AS mentioned
        WHERE ($year IS NULL OR p.dateYear = $year)
          AND ($dateFrom IS NULL OR (p.dateYear IS NOT NULL AND p.dateOrd >= $dateFrom))
          AND ($dateTo IS NULL OR (p.dateYear IS NOT NULL AND p.dateOrd <= $dateTo))
          AND all(entityId IN $entityIds WHERE entityId IN [e IN mentioned | e.id])
          AND ($kind IS NULL OR $kind IN [e IN mentioned | e.kind])
          AND all(word IN $words WHERE p.titleWords CONTAINS word OR p.abstractWords CONTAINS word)
          AND ($authorKey IS NULL OR $authorKey IN p.authorKeys)

        """;

    // Relevance: a word in the title scores 2, in the abstract 1; ties (and "no search") fall back to id.
    // Descending orders negate a number so every order is ascending on (sortKey, id).
    private const string PaperSortKeyCypher = PaperFilterCypher + """
        WITH p, reduce(score = 0, word IN $words | score
            + CASE WHEN p.titleWords CONTAINS word THEN 2 ELSE 0 END
            + CASE WHEN p.abstractWords CONTAINS word THEN 1 ELSE 0 END) AS score
        WITH p, CASE $order
            WHEN 'rank' THEN -score
            WHEN 'date-desc' THEN -p.dateOrd
            WHEN 'date-asc' THEN p.dateOrd
            WHEN 'title' THEN p.title
            ELSE 0 END AS sortKey

        """;

    private const string PaperPageCypher = PaperSortKeyCypher + """
        WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND p.id > $afterId)
        RETURN
        """ + " " + PaperNode.Projection + """
        , sortKey
        ORDER BY sortKey, p.id
        LIMIT $limit
        """;

    // Backwards (last/before): the mirror image, nearest to the cursor first; the caller reverses the rows.
    private const string PaperPageBackwardCypher = PaperSortKeyCypher + """
        WHERE $afterId IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND p.id < $afterId)
        RETURN
        """ + " " + PaperNode.Projection + """
        , sortKey
        ORDER BY sortKey DESC, p.id DESC
        LIMIT $limit
        """;

    private const string PaperCountCypher = PaperFilterCypher + "RETURN count(p)";

    /// <summary>
    /// The paper-list statements in both heads: 3.x's scan, which the test server runs, and 4.x/5.x's full-text
    /// index call, which only the Cypher 5 lint test can check here.
    /// </summary>
    internal static IReadOnlyList<(string Scan, string FullText)> PaperStatementForms =>
        [.. new[] { PaperPageCypher, PaperPageBackwardCypher, PaperCountCypher }.Select(body => (MatchAllPapers + body, MatchFullTextPapers + body))];

    public async Task<Page<Paper>> QueryPapersAsync(PaperQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var (head, words, lucene) = await PaperSourceAsync(query.Filter, cancellationToken);
        if (MatchesNothing(query.Filter, words))
        {
            return Page<Paper>.Empty;
        }

        var order = PageCursor.PaperList(query.OrderBy, isSearch: words.Count > 0);
        (JsonElement Key, string Id)? after = string.IsNullOrEmpty(query.After) ? null : PageCursor.Decode<JsonElement>(query.After, order);
        var parameters = FilterParameters(query.Filter, words, lucene);
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
        var (head, words, lucene) = await PaperSourceAsync(filter, cancellationToken);
        if (MatchesNothing(filter, words))
        {
            return 0;
        }

        if (words.Count == 0 && filter is { Year: null, DateFrom: null, DateTo: null, MentionsEntityIds.Count: 0, MentionsKind: null, AuthorKey: null })
        {
            // No filter at all: the label's count, which the server keeps, instead of a scan of every paper.
            return (await _client.RunAsync(new CypherStatement(CountPapersCypher), cancellationToken)).Rows[0].Int64(0);
        }

        var parameters = FilterParameters(filter, words, lucene);
        var result = await _client.RunAsync(new CypherStatement(head + PaperCountCypher, parameters), cancellationToken);
        return result.Rows[0].Int64(0);
    }

    private async Task<(string Head, IReadOnlyList<string> Words, string? Lucene)> PaperSourceAsync(PaperFilter filter, CancellationToken cancellationToken)
    {
        var words = SearchTerms.Of(SearchWords.Split(filter.Search));
        var endpoint = await _client.GetEndpointAsync(cancellationToken);
        if (words.Count > 0 && endpoint.HasFullTextIndex)
        {
            return (MatchFullTextPapers, words, SearchWords.ToLucene(words));
        }

        return (filter.MentionsEntityIds.Count > 0 ? MatchMentioningPapers : MatchAllPapers, words, null);
    }

    /// <summary>A search with no word but stop words (or none at all) finds nothing, as in every store.</summary>
    private static bool MatchesNothing(PaperFilter filter, IReadOnlyList<string> words) =>
        !string.IsNullOrWhiteSpace(filter.Search) && words.Count == 0;

    private static Dictionary<string, object?> FilterParameters(PaperFilter filter, IReadOnlyList<string> words, string? lucene) => new()
    {
        ["year"] = filter.Year,
        ["dateFrom"] = filter.DateFrom is { } from ? DateKey.Of(from) : null,
        ["dateTo"] = filter.DateTo is { } to ? DateKey.Of(to) : null,
        ["entityIds"] = filter.MentionsEntityIds.Distinct(StringComparer.Ordinal).ToList(),
        ["anchorEntityId"] = filter.MentionsEntityIds.Order(StringComparer.Ordinal).FirstOrDefault(),
        ["kind"] = filter.MentionsKind is { } kind ? KindName(kind) : null,
        ["words"] = words.Select(SearchWords.Padded).ToList(),
        ["lucene"] = lucene,
        ["authorKey"] = filter.AuthorKey,
    };


    private static string KindName(EntityKind kind) => kind.ToString().ToLowerInvariant();
}
