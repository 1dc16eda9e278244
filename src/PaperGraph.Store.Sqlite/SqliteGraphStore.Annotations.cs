using PaperGraph.Core.Graph;

namespace PaperGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string DeleteMentions = "DELETE FROM mentions WHERE paper_id = @paperId";
    private const string DeletePaperEntities = "DELETE FROM paper_entities WHERE paper_id = @paperId";
    private const string DeleteIntroductions = "DELETE FROM introductions WHERE paper_id = @paperId";

    private const string InsertMention = """
        INSERT INTO mentions (paper_id, field, start, "end", entity_id, surface, score, extractor_version)
        VALUES (@paperId, @field, @start, @end, @entityId, @surface, @score, @extractorVersion)
        ON CONFLICT (paper_id, field, start, "end", entity_id) DO UPDATE SET surface = excluded.surface, score = excluded.score, extractor_version = excluded.extractor_version
        """;

    private const string InsertPaperEntity = """
        INSERT OR IGNORE INTO paper_entities (paper_id, entity_id, date_key)
        VALUES (@paperId, @entityId, (SELECT date_key FROM papers WHERE id = @paperId))
        """;
    private const string InsertIntroduction = "INSERT OR IGNORE INTO introductions (paper_id, entity_id) VALUES (@paperId, @entityId)";

    private const string SelectMentions = """
        SELECT paper_id, entity_id, field, start, "end", surface, score, extractor_version
        FROM mentions WHERE paper_id IN (SELECT value FROM json_each(@ids))
        ORDER BY paper_id, field, start, "end", entity_id
        """;

    private const string SelectIntroduced = """
        SELECT paper_id, entity_id FROM introductions WHERE paper_id IN (SELECT value FROM json_each(@ids)) ORDER BY paper_id, entity_id
        """;

    private const string SelectIntroducing = """
        SELECT entity_id, paper_id FROM introductions WHERE entity_id IN (SELECT value FROM json_each(@ids)) ORDER BY entity_id, paper_id
        """;

    public Task SaveAnnotationsAsync(IReadOnlyList<PaperAnnotations> annotations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        return annotations.Count == 0 ? Task.CompletedTask : WriteAsync((connection, transaction, ct) =>
        {
            using var deleteMentions = PreparedCommand.Create(connection, transaction, DeleteMentions, "@paperId");
            using var deletePaperEntities = PreparedCommand.Create(connection, transaction, DeletePaperEntities, "@paperId");
            using var deleteIntroductions = PreparedCommand.Create(connection, transaction, DeleteIntroductions, "@paperId");
            using var insertMention = PreparedCommand.Create(connection, transaction, InsertMention,
                "@paperId", "@field", "@start", "@end", "@entityId", "@surface", "@score", "@extractorVersion");
            using var insertPaperEntity = PreparedCommand.Create(connection, transaction, InsertPaperEntity, "@paperId", "@entityId");
            using var insertIntroduction = PreparedCommand.Create(connection, transaction, InsertIntroduction, "@paperId", "@entityId");
            foreach (var paper in annotations)
            {
                ct.ThrowIfCancellationRequested();
                deleteMentions.Run(paper.PaperId);
                deletePaperEntities.Run(paper.PaperId);
                deleteIntroductions.Run(paper.PaperId);
                foreach (var m in paper.Mentions)
                {
                    if (m.PaperId != paper.PaperId)
                    {
                        throw new ArgumentException($"A mention of {m.PaperId} is filed under {paper.PaperId}.", nameof(annotations));
                    }

                    insertMention.Run(m.PaperId, (int)m.Field, m.Start, m.End, m.EntityId, m.Surface, m.Score, m.ExtractorVersion);
                    insertPaperEntity.Run(m.PaperId, m.EntityId);
                }

                foreach (var entityId in paper.IntroducedEntityIds)
                {
                    insertIntroduction.Run(paper.PaperId, entityId);
                }
            }

            return Task.CompletedTask;
        }, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Mention>>> GetMentionsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SelectMentions);
        command.Parameters.AddWithValue("@ids", IdsJson(paperIds));
        return await ReadGroupsAsync(command, reader => new Mention(
            reader.GetString(0),
            reader.GetString(1),
            (MentionField)reader.GetInt32(2),
            reader.GetInt32(3),
            reader.GetInt32(4),
            reader.GetString(5),
            reader.GetDouble(6),
            reader.GetString(7)), cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetIntroducedEntityIdsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) =>
        ReadIdGroupsAsync(SelectIntroduced, paperIds, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetIntroducingPaperIdsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) =>
        ReadIdGroupsAsync(SelectIntroducing, entityIds, cancellationToken);

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadIdGroupsAsync(string sql, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql);
        command.Parameters.AddWithValue("@ids", IdsJson(ids));
        return await ReadGroupsAsync(command, reader => reader.GetString(1), cancellationToken);
    }
}
