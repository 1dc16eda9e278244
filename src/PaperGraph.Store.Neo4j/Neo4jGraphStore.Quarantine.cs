using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Neo4j.Quarantine;

namespace PaperGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // ON CREATE only: a record already quarantined is left as it is.
    private const string AddQuarantineCypher = """
        UNWIND $rows AS row
        MERGE (q:Quarantine {id: row.id})
        ON CREATE SET q += row
        """;

    public async Task AddQuarantineAsync(IReadOnlyList<QuarantineRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var batch in records.DistinctBy(record => record.Id).Chunk(BatchSize))
        {
            var rows = batch.Select(QuarantineNode.From).ToList();
            await _client.RunAsync(new CypherStatement(AddQuarantineCypher, new { rows }), cancellationToken);
        }
    }

    private const string ListQuarantineCypher = """
        MATCH (q:Quarantine)
        WHERE $afterId IS NULL OR q.quarantinedAt > $afterAt OR (q.quarantinedAt = $afterAt AND q.id > $afterId)
        RETURN
        """ + " " + QuarantineNode.Projection + """

        ORDER BY q.quarantinedAt, q.id
        LIMIT $limit
        """;

    public async Task<Page<QuarantineRecord>> ListQuarantineAsync(int first, string? after, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        (long At, string Id)? cursor = string.IsNullOrEmpty(after) ? null : PageCursor.Decode<long>(after, PageCursor.Quarantine);
        var parameters = new { afterAt = cursor?.At, afterId = cursor?.Id, limit = first + 1 };
        var result = await _client.RunAsync(new CypherStatement(ListQuarantineCypher, parameters), cancellationToken);
        var items = result.Rows.Take(first)
            .Select(row => row.As<QuarantineNode>(0))
            .Select(node => new PageItem<QuarantineRecord>(node.ToRecord(), PageCursor.Encode(PageCursor.Quarantine, node.QuarantinedAt, node.Id)))
            .ToList();
        return new Page<QuarantineRecord>(items, result.Rows.Count > first);
    }

    private const string RemoveQuarantineCypher = "UNWIND $ids AS id MATCH (q:Quarantine {id: id}) DELETE q";

    public async Task RemoveQuarantineAsync(IReadOnlyCollection<string> quarantineIds, CancellationToken cancellationToken)
    {
        foreach (var ids in Distinct(quarantineIds).Chunk(BatchSize))
        {
            await _client.RunAsync(new CypherStatement(RemoveQuarantineCypher, new { ids }), cancellationToken);
        }
    }
}
