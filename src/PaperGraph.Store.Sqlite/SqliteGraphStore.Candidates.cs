using System.Text.Json;
using PaperGraph.Store.Sqlite.Papers;

namespace PaperGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    // The FTS5 index is the write-time word index: PaperUpsertBatch keeps it in the paper's own transaction.
    // One statement answers every query of the batch (json_each drives one MATCH per query) and reads the id
    // by rowid only, never a title or an abstract.
    private const string SelectPaperIdsWithWords = """
        SELECT q.key, p.id
        FROM json_each(@queries) q
        JOIN papers_fts ON papers_fts MATCH q.value
        JOIN papers p ON p.pk = papers_fts.rowid
        """;

    private const string SelectPaperIdsMentioningAny = """
        SELECT DISTINCT paper_id FROM paper_entities WHERE entity_id IN (SELECT value FROM json_each(@ids))
        """;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> FindPaperIdsWithWordsAsync(IReadOnlyCollection<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        // Texts that differ only in case or punctuation make one FTS query; each query runs once.
        var byQuery = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var text in texts.Distinct(StringComparer.Ordinal))
        {
            if (FtsQuery.FromUserText(text) is { } query)
            {
                (byQuery.TryGetValue(query, out var list) ? list : byQuery[query] = []).Add(text);
            }
        }

        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (byQuery.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        }

        var queries = byQuery.Keys.ToArray();
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SelectPaperIdsWithWords);
        command.Parameters.AddWithValue("@queries", JsonSerializer.Serialize(queries));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var paperId = reader.GetString(1);
            foreach (var text in byQuery[queries[reader.GetInt32(0)]])
            {
                (found.TryGetValue(text, out var list) ? list : found[text] = []).Add(paperId);
            }
        }

        return found.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<string>> FindPaperIdsMentioningAnyAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        var found = new List<string>();
        if (entityIds.Count == 0)
        {
            return found;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SelectPaperIdsMentioningAny);
        command.Parameters.AddWithValue("@ids", IdsJson(entityIds));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }
}
