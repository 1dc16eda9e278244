using System.Text;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite.Papers;

namespace PaperGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    // One statement over the filtered papers, found once (the materialised CTE f); each facet a branch of the
    // UNION ALL, the top-N ones subqueries so their ORDER BY/LIMIT apply before the union. Years are the sums of
    // the months (in C#), not a second pass over f. Authors come from paper_authors, keyed once at write time, one
    // row per paper and key, so counting rows counts papers. CROSS JOIN fixes the join order: from f, then by
    // primary key into the other table. With a plain JOIN the planner scanned all of paper_entities and
    // paper_authors and probed f instead (about 200 ms for a search of 3,700 papers in 20,000, against 40 ms).
    private const string FacetsSql = """
        SELECT 'month', printf('%04d-%02d', year, month), NULL, COUNT(*) FROM f WHERE year IS NOT NULL GROUP BY year, month
        UNION ALL
        SELECT 'kind', e.kind, NULL, COUNT(DISTINCT pe.paper_id)
        FROM f CROSS JOIN paper_entities pe ON pe.paper_id = f.id CROSS JOIN entities e ON e.id = pe.entity_id
        GROUP BY e.kind
        UNION ALL
        SELECT * FROM (
            SELECT 'entity', pe.entity_id, NULL, COUNT(*) AS n FROM f CROSS JOIN paper_entities pe ON pe.paper_id = f.id
            GROUP BY pe.entity_id ORDER BY n DESC, pe.entity_id LIMIT @top)
        UNION ALL
        SELECT * FROM (
            SELECT 'author', pa.author_key, MIN(pa.name), COUNT(*) AS n
            FROM f CROSS JOIN paper_authors pa ON pa.paper_id = f.id
            GROUP BY pa.author_key ORDER BY n DESC, pa.author_key LIMIT @top)
        """;

    public async Task<PaperFacets> GetPaperFacetsAsync(PaperFilter filter, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(top, PaperFacets.MaxTop);
        var sqlFilter = new PaperFilterSql(filter);
        if (sqlFilter.MatchesNothing)
        {
            return PaperFacets.Empty;
        }

        // Built only from the fixed fragments of PaperFilterSql and FacetsSql; values are parameters.
        var sql = new StringBuilder("WITH f AS MATERIALIZED (SELECT p.id AS id, p.year AS year, p.month AS month ")
            .Append(sqlFilter.From)
            .Append(sqlFilter.Conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", sqlFilter.Conditions))
            .Append(")\n").Append(FacetsSql)
            .ToString();
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql);
        sqlFilter.AddParameters(command);
        command.Parameters.AddWithValue("@top", top);
        var buckets = new Dictionary<string, List<FacetCount>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var facet = reader.GetString(0);
            var value = facet == "kind" ? EntityKinds.FromColumn(reader.GetString(1)).ToString() : reader.GetString(1);
            var bucket = new FacetCount(value, reader.GetInt64(3), reader.IsDBNull(2) ? null : reader.GetString(2));
            (buckets.TryGetValue(facet, out var list) ? list : buckets[facet] = []).Add(bucket);
        }

        // A month's value is "YYYY-MM", so its year is the first four characters.
        buckets["year"] = [.. buckets.GetValueOrDefault("month", [])
            .GroupBy(month => month.Value[..4], StringComparer.Ordinal)
            .Select(year => new FacetCount(year.Key, year.Sum(month => month.Papers)))];
        return PaperFacetsOrder.Apply(buckets);
    }
}
