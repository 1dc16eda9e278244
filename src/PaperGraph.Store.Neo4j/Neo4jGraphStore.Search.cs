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
    /// the right order; any other first page sends its count with it, in the same request.
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
        var page = new CypherStatement(SearchCypher.RankPage(plan, fullText, filtered: !searchOnly, query.Backward), parameters);
        IReadOnlyList<CypherResult> results = counted && total is null
            ? await _client.RunAsync([page, new CypherStatement(SearchCypher.Count(plan, fullText, filtered: false), parameters)], cancellationToken)
            : [await _client.RunAsync(page, cancellationToken)];
        if (counted && total is null)
        {
            total = results[1].Rows[0].Int64(0);
            if (total > _options.SearchRankLimit)
            {
                return await QueryCommonWordPageAsync(plan, query, words, fullText, cancellationToken) with { TotalCount = total };
            }
        }

        var rows = results[0].Rows;
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

    /// <summary>A page of a search-only list by relevance that matched more than <see cref="Neo4jOptions.SearchRankLimit"/> papers.</summary>
    private async Task<Page<Paper>> QueryCommonWordPageAsync(SearchPlan plan, PaperQuery query, IReadOnlyList<string> words, bool fullText, CancellationToken cancellationToken)
    {
        long[]? after = string.IsNullOrEmpty(query.After) ? null : PageCursor.Decode<long[]>(query.After, PageCursor.PapersByRankCommon).Key;
        if (after is not null && after is not [0 or 1, _])
        {
            throw new ArgumentException("The cursor is not one this list made.", nameof(query));
        }

        var parameters = FilterParameters(query.Filter, words);
        plan.AddParameters(parameters);
        parameters["afterGroup"] = after?[0];
        parameters["afterSeq"] = after?[1];
        parameters["limit"] = query.First + 1;
        var result = await _client.RunAsync(new CypherStatement(SearchCypher.CommonWordPage(plan, fullText, query.Backward), parameters), cancellationToken);
        var items = result.Rows.Take(query.First)
            .Select(row => new PageItem<Paper>(
                row.As<PaperNode>(0).ToPaper(),
                PageCursor.Encode(PageCursor.PapersByRankCommon, new[] { row.Int64(1), row.Int64(2) }, row[0].GetProperty("id").GetString()!)))
            .ToList();
        if (query.Backward)
        {
            items.Reverse();
        }

        return new Page<Paper>(items, result.Rows.Count > query.First);
    }
}
