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

    /// <summary>Both directions are two statements of one request: one round trip per chunk of papers, as one direction.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<PaperLink>>> GetLinksAsync(IReadOnlyCollection<string> paperIds, LinkDirection direction, CancellationToken cancellationToken)
    {
        LinkDirection[] directions = direction switch
        {
            LinkDirection.Outgoing or LinkDirection.Incoming => [direction],
            LinkDirection.Both => [LinkDirection.Outgoing, LinkDirection.Incoming],
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown link direction."),
        };
        var found = directions.Select(_ => new Dictionary<string, IReadOnlyList<PaperLink>>(StringComparer.Ordinal)).ToArray();
        foreach (var ids in Distinct(paperIds).Chunk(BatchSize))
        {
            var results = await _client.RunAsync(
                directions.Select(d => new CypherStatement(d == LinkDirection.Outgoing ? OutgoingLinksCypher : IncomingLinksCypher, new { ids })).ToList(),
                cancellationToken);
            for (var i = 0; i < directions.Length; i++)
            {
                AddLinks(results[i], directions[i] == LinkDirection.Outgoing, found[i]);
            }
        }

        return found.Length == 1 ? found[0] : LinkGroups.Concat(found[0], found[1]);
    }

    /// <summary>Adds the links of rows shaped as <see cref="OutgoingLinksCypher"/>'s or <see cref="IncomingLinksCypher"/>'s, grouped by the asked paper.</summary>
    private static void AddLinks(CypherResult result, bool outgoing, Dictionary<string, IReadOnlyList<PaperLink>> found)
    {
        foreach (var group in result.Rows.GroupBy(row => row.String(0), StringComparer.Ordinal))
        {
            found[group.Key] = group.Select(row =>
                {
                    var (citing, cited) = outgoing ? (group.Key, row.String(1)) : (row.String(1), group.Key);
                    return new PaperLink(citing, cited, PaperLinkKind.BuildsOn, row.Strings(2), row.Double(3), row.String(4));
                })
                .ToList();
        }
    }
}
