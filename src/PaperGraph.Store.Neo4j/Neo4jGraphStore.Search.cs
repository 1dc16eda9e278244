using System.Text.Json;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Neo4j.Papers;

namespace PaperGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// A search listed by relevance, as SQLite lists it: by bm25, or, for a search with no other filter matching more
    /// than <see cref="Neo4jOptions.SearchRankLimit"/> papers, in the common-word order. The terms' statistics are
    /// read first (<see cref="SearchCypher"/>); a one-term search's total is its paper count, so it goes straight to
    /// the right order; any other first page counts its matches as it ranks them.
    /// </summary>
    private async Task<Page<Paper>> QueryPapersByRankAsync(PaperQuery query, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var searchOnly = IsSearchOnly(query.Filter);
        var plan = await PlanSearchAsync(words, cancellationToken);
        if (plan is null)
        {
            return searchOnly && string.IsNullOrEmpty(query.After) ? Page<Paper>.Empty with { TotalCount = 0 } : Page<Paper>.Empty;
        }

        var fullText = (await _client.GetEndpointAsync(cancellationToken)).HasFullTextIndex;
        if (searchOnly && PageCursor.IsOf<long[]>(query.After, PageCursor.PapersByRankCommon))
        {
            return await QueryCommonWordPageAsync(plan, query, words, fullText, cancellationToken);
        }

        (JsonElement Key, string Id)? after = string.IsNullOrEmpty(query.After) ? null : PageCursor.Decode<JsonElement>(query.After, PageCursor.PapersByRank);
        var counted = searchOnly && after is null;
        var total = counted ? plan.KnownTotal : null;
        if (total > _options.SearchRankLimit)
        {
            return await QueryCommonWordPageAsync(plan, query, words, fullText, cancellationToken) with { TotalCount = total };
        }

        var parameters = FilterParameters(query.Filter, words);
        plan.AddParameters(parameters);
        parameters["afterKey"] = after?.Key;
        parameters["afterId"] = after?.Id;
        parameters["limit"] = query.First + 1;
        var countedPage = counted && total is null;
        var result = await _client.RunAsync(
            new CypherStatement(SearchCypher.RankPage(plan, fullText, filtered: !searchOnly, query.Backward, countedPage), parameters),
            cancellationToken);
        var rows = result.Rows;
        if (countedPage)
        {
            total = rows.Count == 0 ? 0 : rows[0].Int64(2);
            if (total > _options.SearchRankLimit)
            {
                return await QueryCommonWordPageAsync(plan, query, words, fullText, cancellationToken) with { TotalCount = total };
            }
        }

        var items = rows.Take(query.First)
            .Select(row => new PageItem<Paper>(row.As<PaperNode>(0).ToPaper(), PageCursor.Encode(PageCursor.PapersByRank, row[1], row[0].GetProperty("id").GetString()!)))
            .ToList();
        if (query.Backward)
        {
            items.Reverse();
        }

        return new Page<Paper>(items, rows.Count > query.First) { TotalCount = total };
    }

    /// <summary>The terms' paper counts and idf and the average paper length, read in one statement; null when a term is in no paper.</summary>
    private async Task<SearchPlan?> PlanSearchAsync(IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var endpoint = await _client.GetEndpointAsync(cancellationToken);
        var terms = words.Select((word, index) => new { index, word, common = CommonWords.All.Contains(word) }).ToList();
        var statement = endpoint.MajorVersion >= 5 ? SearchCypher.TermStatistics5 : SearchCypher.TermStatisticsBefore5;
        var result = await _client.RunAsync(new CypherStatement(statement, new { terms }), cancellationToken);
        var found = result.Rows
            .Select(row => new SearchPlan.Term(words[(int)row.Int64(0)], terms[(int)row.Int64(0)].common, row.Int64(1), row.Double(2)))
            .ToList();
        return SearchPlan.Of(found, result.Rows[0].Double(3));
    }

    /// <summary>
    /// A page of a search-only list by relevance that matched more than <see cref="Neo4jOptions.SearchRankLimit"/>
    /// papers: group 0 (every term in the title) then group 1, each read only while the page is not full.
    /// </summary>
    private async Task<Page<Paper>> QueryCommonWordPageAsync(SearchPlan plan, PaperQuery query, IReadOnlyList<string> words, bool fullText, CancellationToken cancellationToken)
    {
        long[]? after = string.IsNullOrEmpty(query.After) ? null : PageCursor.Decode<long[]>(query.After, PageCursor.PapersByRankCommon).Key;
        if (after is not null && after is not [0 or 1, _])
        {
            throw new ArgumentException("The cursor is not one this list made.", nameof(query));
        }

        // Forward the groups go 0 then 1; backward (nearest the cursor first) 1 then 0, and the caller reverses the rows.
        var groups = query.Backward ? new[] { 1, 0 } : [0, 1];
        var rows = new List<(JsonElement Row, long Group)>();
        foreach (var group in groups.SkipWhile(group => after is not null && group != after[0]))
        {
            var parameters = FilterParameters(query.Filter, words);
            plan.AddParameters(parameters);
            parameters["afterSeq"] = after is not null && group == after[0] ? after[1] : null;
            parameters["limit"] = query.First + 1 - rows.Count;
            var result = await _client.RunAsync(new CypherStatement(SearchCypher.CommonWordGroupPage(plan, fullText, group, query.Backward), parameters), cancellationToken);
            rows.AddRange(result.Rows.Select(row => (row, (long)group)));
            if (rows.Count > query.First)
            {
                break;
            }
        }

        var items = rows.Take(query.First)
            .Select(row => new PageItem<Paper>(
                row.Row.As<PaperNode>(0).ToPaper(),
                PageCursor.Encode(PageCursor.PapersByRankCommon, new[] { row.Group, row.Row.Int64(1) }, row.Row[0].GetProperty("id").GetString()!)))
            .ToList();
        if (query.Backward)
        {
            items.Reverse();
        }

        return new Page<Paper>(items, rows.Count > query.First);
    }
}
