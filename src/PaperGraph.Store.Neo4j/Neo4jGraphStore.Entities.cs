using System.Runtime.CompilerServices;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Entities;
using PaperGraph.Store.Neo4j.Http;

namespace PaperGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // Mentions may name an entity before the catalog has it: they point at an :EntityRef, and the catalog
    // entry adds :Entity to that same node. Properties are replaced wholesale (a null removes one); alias
    // edges are rebuilt by the next statement.
    private const string UpsertEntitiesCypher = """
        UNWIND $rows AS row
        MERGE (e:EntityRef {id: row.id})
        SET e = row, e:Entity
        WITH e
        OPTIONAL MATCH (e)<-[old:ALIAS_OF]-(:Alias)
        DELETE old
        """;

    private const string LinkAliasesCypher = """
        UNWIND $rows AS row
        MATCH (e:Entity {id: row.id})
        UNWIND row.aliasKeys AS key
        MERGE (a:Alias {value: key})
        MERGE (a)-[:ALIAS_OF]->(e)
        """;

    public async Task UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var lastById = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            lastById[entity.Id] = entity;
        }

        foreach (var batch in lastById.Values.Chunk(BatchSize))
        {
            var rows = batch.Select(EntityNode.From).ToList();
            await _client.RunAsync(
                [new CypherStatement(UpsertEntitiesCypher, new { rows }), new CypherStatement(LinkAliasesCypher, new { rows })],
                cancellationToken);
        }

        await RefreshStatisticsAsync(lastById.Count, cancellationToken);
    }

    private const string GetEntitiesCypher = "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN " + EntityNode.Projection;

    /// <summary>The papers' and the entities' statements share a request while both lists fit one chunk (a graph view's labels do).</summary>
    public async Task<NodeRecords> GetPapersAndEntitiesAsync(IReadOnlyCollection<string> paperIds, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        var papers = Distinct(paperIds).ToList();
        var entities = Distinct(entityIds).ToList();
        if (papers.Count == 0 || entities.Count == 0 || papers.Count > BatchSize || entities.Count > BatchSize)
        {
            return new NodeRecords(
                papers.Count == 0 ? new Dictionary<string, Paper>() : await GetPapersAsync(papers, cancellationToken),
                entities.Count == 0 ? new Dictionary<string, Entity>() : await GetEntitiesAsync(entities, cancellationToken));
        }

        var results = await _client.RunAsync(
            [new CypherStatement(GetPapersCypher, new { ids = papers }), new CypherStatement(GetEntitiesCypher, new { ids = entities })],
            cancellationToken);
        return new NodeRecords(
            PapersOf(results[0]).ToDictionary(paper => paper.Id, StringComparer.Ordinal),
            EntitiesOf(results[1]).ToDictionary(entity => entity.Id, StringComparer.Ordinal));
    }

    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var ids in Distinct(entityIds).Chunk(BatchSize))
        {
            foreach (var entity in EntitiesOf(await _client.RunAsync(new CypherStatement(GetEntitiesCypher, new { ids }), cancellationToken)))
            {
                found[entity.Id] = entity;
            }
        }

        return found;
    }

    /// <summary>The entities a <see cref="GetEntitiesCypher"/> result holds.</summary>
    private static IEnumerable<Entity> EntitiesOf(CypherResult result) => result.Rows.Select(row => row.As<EntityNode>(0).ToEntity());

    private const string FindByAliasCypher =
        "MATCH (:Alias {value: $key})-[:ALIAS_OF]->(e:Entity) RETURN " + EntityNode.Projection + " ORDER BY e.id";

    public async Task<IReadOnlyList<Entity>> FindEntitiesByAliasAsync(string alias, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alias);
        var result = await _client.RunAsync(new CypherStatement(FindByAliasCypher, new { key = EntityNode.KeyOf(alias) }), cancellationToken);
        return result.Rows.Select(row => row.As<EntityNode>(0).ToEntity()).ToList();
    }

    private const string MatchEntityCandidates = """
        MATCH (e:Entity)
        WHERE ($kind IS NULL OR e.kind = $kind)
          AND ($prefix IS NULL OR any(key IN e.aliasKeys WHERE key STARTS WITH $prefix))

        """;

    private const string QueryEntitiesCypher = MatchEntityCandidates + """
          AND ($afterId IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
        RETURN
        """ + " " + EntityNode.Projection + """

        ORDER BY e.name, e.id
        LIMIT $limit
        """;

    // last/before: the mirror image, nearest the cursor first; the caller reverses the rows.
    private const string QueryEntitiesBackwardCypher = MatchEntityCandidates + """
          AND ($afterId IS NULL OR e.name < $afterName OR (e.name = $afterName AND e.id < $afterId))
        RETURN
        """ + " " + EntityNode.Projection + """

        ORDER BY e.name DESC, e.id DESC
        LIMIT $limit
        """;

    public async Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        (string Name, string Id)? after = string.IsNullOrEmpty(query.After) ? null : PageCursor.Decode<string>(query.After, PageCursor.Entities);
        var prefix = string.IsNullOrWhiteSpace(query.Search) ? null : EntityNode.KeyOf(query.Search);
        var parameters = new
        {
            kind = query.Kind is { } kind ? KindName(kind) : null,
            prefix,
            afterName = after?.Name,
            afterId = after?.Id,
            limit = query.First + 1,
        };
        var result = await _client.RunAsync(new CypherStatement(query.Backward ? QueryEntitiesBackwardCypher : QueryEntitiesCypher, parameters), cancellationToken);
        var items = result.Rows.Take(query.First)
            .Select(row => row.As<EntityNode>(0).ToEntity())
            .Select(entity => new PageItem<Entity>(entity, PageCursor.Encode(PageCursor.Entities, entity.Name, entity.Id)))
            .ToList();
        if (query.Backward)
        {
            items.Reverse();
        }

        return new Page<Entity>(items, result.Rows.Count > query.First);
    }

    private const string StreamEntitiesCypher = """
        MATCH (e:Entity)
        WHERE $afterId IS NULL OR e.id > $afterId
        RETURN
        """ + " " + EntityNode.Projection + """

        ORDER BY e.id
        LIMIT $limit
        """;

    public async IAsyncEnumerable<Entity> StreamEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? afterId = null;
        while (true)
        {
            var parameters = new { afterId, limit = StreamPageSize };
            var result = await _client.RunAsync(new CypherStatement(StreamEntitiesCypher, parameters), cancellationToken);
            foreach (var row in result.Rows)
            {
                var entity = row.As<EntityNode>(0).ToEntity();
                afterId = entity.Id;
                yield return entity;
            }

            if (result.Rows.Count < StreamPageSize)
            {
                yield break;
            }
        }
    }

    private const int StreamPageSize = 2000;
}
