using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;

namespace PaperGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // Each facet is its own statement over the same filter; all four travel in one HTTP request (one
    // transaction), so a search with facets is one round trip.
    private const string MonthFacetCypher = PaperFilterCypher + """
        WITH p WHERE p.dateYear IS NOT NULL
        RETURN p.dateYear, p.dateMonth, count(p)
        """;

    private const string KindFacetCypher = PaperFilterCypher + """
        MATCH (p)-[:MENTIONS]->(e:Entity)
        RETURN e.kind, count(DISTINCT p)
        """;

    private const string EntityFacetCypher = PaperFilterCypher + """
        MATCH (p)-[:MENTIONS]->(e:EntityRef)
        WITH e.id AS id, count(DISTINCT p) AS papers
        RETURN id, papers ORDER BY papers DESC, id LIMIT $top
        """;

    private const string AuthorFacetCypher = PaperFilterCypher + """
        UNWIND range(0, size(coalesce(p.authorKeys, [])) - 1) AS i
        WITH p, p.authorKeys[i] AS key, p.authors[i] AS name
        WHERE key <> ''
        WITH key, min(name) AS name, count(DISTINCT p) AS papers
        RETURN key, name, papers ORDER BY papers DESC, key LIMIT $top
        """;

    public async Task<PaperFacets> GetPaperFacetsAsync(PaperFilter filter, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(top, PaperFacets.MaxTop);
        var (head, words) = await PaperSourceAsync(filter, cancellationToken);
        if (MatchesNothing(filter, words))
        {
            return PaperFacets.Empty;
        }

        var parameters = FilterParameters(filter, words);
        parameters["top"] = top;
        var results = await _client.RunAsync(
            [
                new CypherStatement(head + MonthFacetCypher, parameters),
                new CypherStatement(head + KindFacetCypher, parameters),
                new CypherStatement(head + EntityFacetCypher, parameters),
                new CypherStatement(head + AuthorFacetCypher, parameters),
            ],
            cancellationToken);

        var months = results[0].Rows.Select(r => (Year: (int)r.Int64(0), Month: (int)r.Int64(1), Papers: r.Int64(2))).ToList();
        var buckets = new Dictionary<string, List<FacetCount>>(StringComparer.Ordinal)
        {
            ["year"] = [.. months.GroupBy(m => m.Year).Select(g => new FacetCount(g.Key.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), g.Sum(m => m.Papers)))],
            ["month"] = [.. months.Select(m => new FacetCount(new ListingDate(m.Year, m.Month, 1).ToString()[..7], m.Papers))],
            ["kind"] = [.. results[1].Rows.Select(r => new FacetCount(Enum.Parse<EntityKind>(r.String(0), ignoreCase: true).ToString(), r.Int64(1)))],
            ["entity"] = [.. results[2].Rows.Select(r => new FacetCount(r.String(0), r.Int64(1)))],
            ["author"] = [.. results[3].Rows.Select(r => new FacetCount(r.String(0), r.Int64(2), r.NullableString(1)))],
        };
        return PaperFacetsOrder.Apply(buckets);
    }
}
