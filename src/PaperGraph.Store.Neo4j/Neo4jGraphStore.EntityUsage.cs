using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Neo4j.Papers;

namespace PaperGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // PapersMentioningCypher returning each paper with its row, so the page's papers need no read of their own. The
    // page is cut before the papers are read: 3.1 projects every row of a RETURN before its ORDER BY … LIMIT.
    private const string PapersMentioningWithNodesCypher = PapersMentioningRowsCypher + """
        WITH p, sortKey ORDER BY sortKey, p.id LIMIT $limit
        RETURN p.id, sortKey,
        """ + " " + PaperNode.Projection + "\nORDER BY sortKey, p.id";

    // CountPapersAsync of this entity within these dates, without the general filter's read of every paper's mentions
    // (the anchor is the only entity asked for): the rows PapersMentioningRowsCypher pages through, all of them.
    private const string PapersMentioningCountCypher = """
        MATCH (:EntityRef {id: $entityId})<-[:MENTIONS]-(p:Paper)
        WITH DISTINCT p
        WHERE ($dateFrom IS NULL OR (p.dateYear IS NOT NULL AND p.dateOrd >= $dateFrom))
          AND ($dateTo IS NULL OR (p.dateYear IS NOT NULL AND p.dateOrd <= $dateTo))
        RETURN count(p)
        """;

    /// <summary>The page (with its papers) and the count are two statements of one request: usedBy's page and totalCount in one round trip.</summary>
    public async Task<EntityUsage> GetEntityUsageAsync(EntityUsageQuery query, bool withCount, CancellationToken cancellationToken)
    {
        var parameters = MentioningParameters(query);
        List<CypherStatement> statements = [new(PapersMentioningWithNodesCypher, parameters)];
        if (withCount)
        {
            statements.Add(new(PapersMentioningCountCypher, parameters));
        }

        var results = await _client.RunAsync(statements, cancellationToken);
        var papers = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var row in results[0].Rows.Take(query.First))
        {
            var paper = row.As<PaperNode>(2).ToPaper();
            papers[paper.Id] = paper;
        }

        long? count = withCount ? results[1].Rows[0].Int64(0) : null;
        return new EntityUsage(MentioningPage(results[0], query.First), papers, count);
    }
}
