using PaperGraph.Core.Graph;
using PaperGraph.Store.Neo4j.Http;

namespace PaperGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // Annotations of a paper not stored (yet) are dropped: they belong to stored papers. Entities need
    // not be in the catalog yet, so their end is an :EntityRef merged on demand.
    private const string ClearAnnotationsCypher = """
        UNWIND $paperIds AS id
        MATCH (:Paper {id: id})-[r:MENTIONS|INTRODUCES]->(:EntityRef)
        DELETE r
        """;

    // fieldOrd orders title before abstract whatever the field names sort as.
    private const string CreateMentionsCypher = """
        UNWIND $rows AS row
        MATCH (p:Paper {id: row.paperId})
        MERGE (e:EntityRef {id: row.entityId})
        CREATE (p)-[:MENTIONS {field: row.field, fieldOrd: row.fieldOrd, start: row.start, end: row.end,
            surface: row.surface, score: row.score, version: row.version}]->(e)
        """;

    private const string CreateIntroducesCypher = """
        UNWIND $rows AS row
        MATCH (p:Paper {id: row.paperId})
        MERGE (e:EntityRef {id: row.entityId})
        MERGE (p)-[:INTRODUCES]->(e)
        """;

    /// <summary>Replaces annotations paper by paper; one transaction per batch of papers (last annotation per paper wins).</summary>
    public async Task SaveAnnotationsAsync(IReadOnlyList<PaperAnnotations> annotations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        var lastByPaper = new Dictionary<string, PaperAnnotations>(StringComparer.Ordinal);
        foreach (var annotation in annotations)
        {
            if (annotation.Mentions.Any(mention => mention.PaperId != annotation.PaperId))
            {
                throw new ArgumentException($"Annotations of {annotation.PaperId} hold a mention of another paper.", nameof(annotations));
            }

            lastByPaper[annotation.PaperId] = annotation;
        }

        foreach (var batch in lastByPaper.Values.Chunk(BatchSize))
        {
            var paperIds = batch.Select(annotation => annotation.PaperId).ToList();
            var mentions = batch.SelectMany(annotation => annotation.Mentions
                    .DistinctBy(mention => (mention.EntityId, mention.Field, mention.Start, mention.End)))
                .Select(mention => new
                {
                    paperId = mention.PaperId,
                    entityId = mention.EntityId,
                    field = mention.Field.ToString().ToLowerInvariant(),
                    fieldOrd = (int)mention.Field,
                    start = mention.Start,
                    end = mention.End,
                    surface = mention.Surface,
                    score = mention.Score,
                    version = mention.ExtractorVersion,
                })
                .ToList();
            var introduced = batch
                .SelectMany(annotation => annotation.IntroducedEntityIds.Distinct(StringComparer.Ordinal)
                    .Select(entityId => new { paperId = annotation.PaperId, entityId }))
                .ToList();
            await _client.RunAsync(
                [
                    new CypherStatement(ClearAnnotationsCypher, new { paperIds }),
                    new CypherStatement(CreateMentionsCypher, new { rows = mentions }),
                    new CypherStatement(CreateIntroducesCypher, new { rows = introduced }),
                ],
                cancellationToken);
        }
    }

    private const string GetMentionsCypher = """
        UNWIND $ids AS id
        MATCH (:Paper {id: id})-[m:MENTIONS]->(e:EntityRef)
        RETURN id, e.id, m.fieldOrd, m.start, m.end, m.surface, m.score, m.version
        ORDER BY id, m.fieldOrd, m.start, m.end, e.id
        """;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Mention>>> GetMentionsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, IReadOnlyList<Mention>>(StringComparer.Ordinal);
        foreach (var ids in Distinct(paperIds).Chunk(BatchSize))
        {
            AddMentions(await _client.RunAsync(new CypherStatement(GetMentionsCypher, new { ids }), cancellationToken), found);
        }

        return found;
    }

    /// <summary>Adds the mentions of rows shaped as <see cref="GetMentionsCypher"/>'s, grouped by paper.</summary>
    private static void AddMentions(CypherResult result, Dictionary<string, IReadOnlyList<Mention>> found)
    {
        foreach (var group in result.Rows.GroupBy(row => row.String(0), StringComparer.Ordinal))
        {
            found[group.Key] = group.Select(row => new Mention(
                    group.Key, row.String(1), (MentionField)row.Int64(2), (int)row.Int64(3), (int)row.Int64(4),
                    row.String(5), row.Double(6), row.String(7)))
                .ToList();
        }
    }

    private const string GetIntroducedCypher = """
        UNWIND $ids AS id
        MATCH (:Paper {id: id})-[:INTRODUCES]->(e:EntityRef)
        RETURN id, e.id ORDER BY id, e.id
        """;

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetIntroducedEntityIdsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) =>
        GetIdListsAsync(GetIntroducedCypher, paperIds, cancellationToken);

    private const string GetIntroducingCypher = """
        UNWIND $ids AS id
        MATCH (:EntityRef {id: id})<-[:INTRODUCES]-(p:Paper)
        RETURN id, p.id ORDER BY id, p.id
        """;

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetIntroducingPaperIdsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) =>
        GetIdListsAsync(GetIntroducingCypher, entityIds, cancellationToken);

    /// <summary>Runs a query answering (id, other id) rows in order and groups them by id.</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetIdListsAsync(string cypher, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var ids in Distinct(keys).Chunk(BatchSize))
        {
            AddIdLists(await _client.RunAsync(new CypherStatement(cypher, new { ids }), cancellationToken), found);
        }

        return found;
    }

    /// <summary>Adds (id, other id) rows, in their order, grouped by id.</summary>
    private static void AddIdLists(CypherResult result, Dictionary<string, IReadOnlyList<string>> found)
    {
        foreach (var group in result.Rows.GroupBy(row => row.String(0), StringComparer.Ordinal))
        {
            found[group.Key] = group.Select(row => row.String(1)).ToList();
        }
    }
}
