using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;

namespace PaperGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const string ClearLinksCypher = """
        UNWIND $citingIds AS id
        MATCH (:Paper {id: id})-[r:BUILDS_ON]->(:Paper)
        DELETE r
        """;

    private const string CreateLinksCypher = """
        UNWIND $rows AS row
        MATCH (citing:Paper {id: row.citing})
        MATCH (cited:Paper {id: row.cited})
        MERGE (citing)-[r:BUILDS_ON]->(cited)
        SET r.via = row.via, r.score = row.score, r.reason = row.reason
        """;

    /// <summary>Clears and writes in one transaction; the last link per (citing, cited, kind) wins.</summary>
    public async Task ReplaceLinksAsync(IReadOnlyCollection<string> citingPaperIds, IReadOnlyList<PaperLink> links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(citingPaperIds);
        ArgumentNullException.ThrowIfNull(links);
        var rows = links
            .GroupBy(link => (link.CitingPaperId, link.CitedPaperId, link.Kind))
            .Select(group => group.Last())
            .Select(link => new { citing = link.CitingPaperId, cited = link.CitedPaperId, via = link.ViaEntityIds, score = link.Score, reason = link.Reason })
            .ToList();
        await _client.RunAsync(
            [new CypherStatement(ClearLinksCypher, new { citingIds = Distinct(citingPaperIds) }), new CypherStatement(CreateLinksCypher, new { rows })],
            cancellationToken);
    }

    private const string OutgoingLinksCypher = """
        UNWIND $ids AS id
        MATCH (:Paper {id: id})-[r:BUILDS_ON]->(other:Paper)
        RETURN id, other.id, r.via, r.score, r.reason
        ORDER BY id, r.score DESC, other.id
        """;

    private const string IncomingLinksCypher = """
        UNWIND $ids AS id
        MATCH (:Paper {id: id})<-[r:BUILDS_ON]-(other:Paper)
        RETURN id, other.id, r.via, r.score, r.reason
        ORDER BY id, r.score DESC, other.id
        """;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<PaperLink>>> GetLinksAsync(IReadOnlyCollection<string> paperIds, LinkDirection direction, CancellationToken cancellationToken)
    {
        var cypher = direction == LinkDirection.Outgoing ? OutgoingLinksCypher : IncomingLinksCypher;
        var found = new Dictionary<string, IReadOnlyList<PaperLink>>(StringComparer.Ordinal);
        foreach (var ids in Distinct(paperIds).Chunk(BatchSize))
        {
            var result = await _client.RunAsync(new CypherStatement(cypher, new { ids }), cancellationToken);
            foreach (var group in result.Rows.GroupBy(row => row.String(0), StringComparer.Ordinal))
            {
                found[group.Key] = group.Select(row =>
                    {
                        var (citing, cited) = direction == LinkDirection.Outgoing ? (group.Key, row.String(1)) : (row.String(1), group.Key);
                        return new PaperLink(citing, cited, PaperLinkKind.BuildsOn, row.Strings(2), row.Double(3), row.String(4));
                    })
                    .ToList();
            }
        }

        return found;
    }
}
