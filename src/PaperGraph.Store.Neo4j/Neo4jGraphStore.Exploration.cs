using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Entities;
using PaperGraph.Store.Neo4j.Http;

namespace PaperGraph.Store.Neo4j;

/// <summary>
/// The several-reads-at-once calls: the separate reads' statements (chunked as they chunk them) sent as one request,
/// so a step of a graph search or the start of related papers costs one round trip instead of one per kind of record.
/// </summary>
public sealed partial class Neo4jGraphStore
{
    // NewestPapersMentioningCypher's papers for each entity, then every mention those papers make, in GetMentionsCypher's
    // shape: the two reads the graph expander makes one after the other, as one statement.
    private const string NewestPapersMentionsCypher = """
        UNWIND $entityIds AS entityId
        MATCH (:EntityRef {id: entityId})<-[:MENTIONS]-(p:Paper)
        WITH DISTINCT entityId, p
        WITH entityId, p, -p.dateOrd AS sortKey
        ORDER BY sortKey, p.id
        WITH entityId, collect(p) AS papers
        UNWIND papers[..$perEntity] AS p
        WITH DISTINCT p
        MATCH (p)-[m:MENTIONS]->(e:EntityRef)
        RETURN p.id, e.id, m.fieldOrd, m.start, m.end, m.surface, m.score, m.version
        ORDER BY p.id, m.fieldOrd, m.start, m.end, e.id
        """;

    public async Task<IReadOnlyList<FrontierRecords>> GetFrontiersAsync(IReadOnlyList<FrontierQuery> frontiers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frontiers);
        var answers = frontiers.Select(_ => new FrontierAnswer()).ToList();
        var reads = frontiers.Zip(answers, FrontierReads).SelectMany(r => r).ToList();
        if (reads.Count > 0)
        {
            var results = await _client.RunAsync([.. reads.Select(r => r.Statement)], cancellationToken);
            for (var i = 0; i < reads.Count; i++)
            {
                reads[i].Read(results[i]);
            }
        }

        return [.. answers.Select(a => a.ToRecords())];
    }

    private List<(CypherStatement Statement, Action<CypherResult> Read)> FrontierReads(FrontierQuery frontier, FrontierAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        ArgumentOutOfRangeException.ThrowIfNegative(frontier.PapersPerEntity);
        var reads = new List<(CypherStatement, Action<CypherResult>)>();
        foreach (var ids in Distinct(frontier.PaperIds).Chunk(BatchSize))
        {
            if (frontier.Mentions)
            {
                reads.Add((new CypherStatement(GetMentionsCypher, new { ids }), result => AddMentions(result, answer.Mentions)));
            }

            if (frontier.Links)
            {
                reads.Add((new CypherStatement(OutgoingLinksCypher, new { ids }), result => AddLinks(result, outgoing: true, answer.Outgoing)));
                reads.Add((new CypherStatement(IncomingLinksCypher, new { ids }), result => AddLinks(result, outgoing: false, answer.Incoming)));
            }

            if (frontier.Introductions)
            {
                reads.Add((new CypherStatement(GetIntroducedCypher, new { ids }), result => AddIdLists(result, answer.Introduced)));
            }
        }

        foreach (var ids in Distinct(frontier.EntityIds).Chunk(BatchSize))
        {
            // A paper among both the frontier's and an entity's newest papers is read twice, with the same mentions.
            if (frontier.Mentions && frontier.PapersPerEntity > 0)
            {
                var parameters = new { entityIds = ids, perEntity = frontier.PapersPerEntity };
                reads.Add((new CypherStatement(NewestPapersMentionsCypher, parameters), result => AddMentions(result, answer.Mentions)));
            }

            if (frontier.Introductions)
            {
                reads.Add((new CypherStatement(GetIntroducingCypher, new { ids }), result => AddIdLists(result, answer.Introducing)));
            }

            if (frontier.PaperCounts)
            {
                reads.Add((new CypherStatement(CountMentioningCypher, new { ids }), result => AddCounts(result, answer.PapersMentioning)));
            }
        }

        return reads;
    }

    private const string ProfileEntitiesCypher = "MATCH (:Paper {id: $paperId})-[:MENTIONS]->(e:Entity) WITH DISTINCT e RETURN " + EntityNode.Projection;

    // CountMentioningCypher for the entities one paper mentions: each counts that paper at least.
    private const string ProfileCountsCypher = """
        MATCH (:Paper {id: $paperId})-[:MENTIONS]->(e:EntityRef)
        WITH DISTINCT e
        MATCH (e)<-[:MENTIONS]-(p:Paper)
        RETURN e.id, count(DISTINCT p)
        """;

    public async Task<PaperProfile> GetPaperProfileAsync(string paperId, LinkDirection? links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paperId);
        string[] ids = [paperId];
        LinkDirection[] directions = links switch
        {
            null => [],
            LinkDirection.Outgoing or LinkDirection.Incoming => [links.Value],
            LinkDirection.Both => [LinkDirection.Outgoing, LinkDirection.Incoming],
            _ => throw new ArgumentOutOfRangeException(nameof(links), links, "Unknown link direction."),
        };
        List<CypherStatement> statements =
        [
            new(GetMentionsCypher, new { ids }),
            new(ProfileEntitiesCypher, new { paperId }),
            new(ProfileCountsCypher, new { paperId }),
            new(CountPapersCypher),
            .. directions.Select(d => new CypherStatement(d == LinkDirection.Outgoing ? OutgoingLinksCypher : IncomingLinksCypher, new { ids })),
        ];
        var results = await _client.RunAsync(statements, cancellationToken);

        var mentions = new Dictionary<string, IReadOnlyList<Mention>>(StringComparer.Ordinal);
        AddMentions(results[0], mentions);
        var oneWay = new[] { new Dictionary<string, IReadOnlyList<PaperLink>>(StringComparer.Ordinal), new Dictionary<string, IReadOnlyList<PaperLink>>(StringComparer.Ordinal) };
        for (var i = 0; i < directions.Length; i++)
        {
            var outgoing = directions[i] == LinkDirection.Outgoing;
            AddLinks(results[4 + i], outgoing, oneWay[outgoing ? 0 : 1]);
        }

        return new PaperProfile(
            LinkGroups.Concat(oneWay[0], oneWay[1]).GetValueOrDefault(paperId) ?? [],
            mentions.GetValueOrDefault(paperId) ?? [],
            EntitiesOf(results[1]).ToDictionary(entity => entity.Id, StringComparer.Ordinal),
            results[2].Rows.ToDictionary(row => row.String(0), row => row.Int64(1), StringComparer.Ordinal),
            results[3].Rows[0].Int64(0));
    }

    /// <summary>One frontier's records as its statements' results arrive; links are kept one way each until the end.</summary>
    private sealed class FrontierAnswer
    {
        public Dictionary<string, IReadOnlyList<Mention>> Mentions { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, IReadOnlyList<PaperLink>> Outgoing { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, IReadOnlyList<PaperLink>> Incoming { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, IReadOnlyList<string>> Introduced { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, IReadOnlyList<string>> Introducing { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, long> PapersMentioning { get; } = new(StringComparer.Ordinal);

        public FrontierRecords ToRecords() => new(Mentions, LinkGroups.Concat(Outgoing, Incoming), Introduced, Introducing, PapersMentioning);
    }
}
