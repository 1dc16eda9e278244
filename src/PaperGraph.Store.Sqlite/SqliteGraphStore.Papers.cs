using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite.Papers;

namespace PaperGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>The columns <see cref="ReadPaper"/> expects, in order.</summary>
    internal const string PaperColumns = "p.id, p.title, p.abstract, p.arxiv_id, p.authors, p.year, p.month, p.day, p.categories";

    /// <summary><see cref="PaperColumns"/> with an empty abstract: <see cref="ReadPaper"/> reads either.</summary>
    private const string PaperColumnsWithoutAbstract = "p.id, p.title, '' AS abstract, p.arxiv_id, p.authors, p.year, p.month, p.day, p.categories";

    private const string SelectPapersByIds = $"""
        SELECT {PaperColumns} FROM papers p WHERE p.id IN (SELECT value FROM json_each(@ids))
        """;

    private const string SelectPapersWithoutAbstractsByIds = $"""
        SELECT {PaperColumnsWithoutAbstract} FROM papers p WHERE p.id IN (SELECT value FROM json_each(@ids))
        """;

    /// <summary>The statements <see cref="_paperById"/> keeps prepared: the paper by id, then without its abstract.</summary>
    private static readonly string[] PaperByIdStatements =
    [
        $"SELECT {PaperColumns} FROM papers p WHERE p.id = @id",
        $"SELECT {PaperColumnsWithoutAbstract} FROM papers p WHERE p.id = @id",
    ];

    private const string SelectPaperByArxivId = $"""
        SELECT {PaperColumns} FROM papers p WHERE p.arxiv_id = @arxivId ORDER BY p.id LIMIT 1
        """;

    private const string SelectPaperIdsByTitleKeys = """
        SELECT title_key, id FROM papers WHERE title_key IN (SELECT value FROM json_each(@keys)) ORDER BY title_key, id
        """;

    private const string SelectSources = """
        SELECT paper_id, source, line, content_hash, first_seen, last_seen
        FROM paper_sources WHERE paper_id IN (SELECT value FROM json_each(@ids))
        ORDER BY paper_id, first_seen, source, content_hash
        """;

    private const string SelectPaperIdsAfter = """
        SELECT id FROM papers WHERE id > @after ORDER BY id LIMIT @limit
        """;

    public Task<IReadOnlyList<UpsertOutcome>> UpsertPapersAsync(IReadOnlyList<PaperRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Count == 0
            ? Task.FromResult<IReadOnlyList<UpsertOutcome>>([])
            : WriteAsync((connection, transaction, ct) =>
            {
                var outcomes = new PaperUpsertBatch(connection, transaction).Run(records, _logger, ct);
                AddLinkPending(connection, transaction, outcomes.Where(o => o.Result != UpsertResult.Unchanged).Select(o => o.PaperId));
                return Task.FromResult(outcomes);
            }, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, Paper>> GetPapersAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) =>
        ReadPapersAsync(paperIds, withAbstracts: true, cancellationToken);

    public Task<IReadOnlyDictionary<string, Paper>> GetPapersWithoutAbstractsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) =>
        ReadPapersAsync(paperIds, withAbstracts: false, cancellationToken);

    private async Task<IReadOnlyDictionary<string, Paper>> ReadPapersAsync(IReadOnlyCollection<string> paperIds, bool withAbstracts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        var papers = new Dictionary<string, Paper>(paperIds.Count, StringComparer.Ordinal);
        if (paperIds.Count == 0)
        {
            return papers;
        }

        if (paperIds.Count == 1)
        {
            // One id (a paper page, the commonest read) goes by the primary key, through a statement prepared once.
            var lease = await _paperById.RentAsync(cancellationToken);
            try
            {
                await using var byId = await lease.Bind(withAbstracts ? 0 : 1, paperIds.First()).ExecuteReaderAsync(cancellationToken);
                if (await byId.ReadAsync(cancellationToken))
                {
                    var paper = ReadPaper(byId, 0);
                    papers[paper.Id] = paper;
                }
            }
            finally
            {
                await _paperById.ReturnAsync(lease);
            }

            return papers;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, withAbstracts ? SelectPapersByIds : SelectPapersWithoutAbstractsByIds);
        command.Parameters.AddWithValue("@ids", IdsJson(paperIds));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var paper = ReadPaper(reader, 0);
            papers[paper.Id] = paper;
        }

        return papers;
    }

    public async Task<Paper?> FindPaperByArxivIdAsync(string arxivId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arxivId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SelectPaperByArxivId);
        command.Parameters.AddWithValue("@arxivId", PaperIds.NormalizeArxivId(arxivId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadPaper(reader, 0) : null;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> FindPaperIdsByTitleKeyAsync(IReadOnlyCollection<string> titleKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(titleKeys);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SelectPaperIdsByTitleKeys);
        command.Parameters.AddWithValue("@keys", IdsJson(titleKeys));
        return await ReadGroupsAsync(command, reader => reader.GetString(1), cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<PaperSource>>> GetSourcesAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SelectSources);
        command.Parameters.AddWithValue("@ids", IdsJson(paperIds));
        return await ReadGroupsAsync(command, reader => new PaperSource(
            reader.GetString(1),
            reader.GetInt64(2),
            reader.GetString(3),
            FromTicks(reader.GetInt64(4)),
            FromTicks(reader.GetInt64(5))), cancellationToken);
    }

    public async IAsyncEnumerable<string> StreamPaperIdsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Chunks by keyset, so no read transaction stays open while the caller works on the ids.
        var after = string.Empty;
        while (true)
        {
            var chunk = new List<string>(_options.BatchSize);
            await using (var connection = await OpenAsync(cancellationToken))
            await using (var command = Command(connection, SelectPaperIdsAfter))
            {
                command.Parameters.AddWithValue("@after", after);
                command.Parameters.AddWithValue("@limit", _options.BatchSize);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    chunk.Add(reader.GetString(0));
                }
            }

            foreach (var id in chunk)
            {
                yield return id;
            }

            if (chunk.Count < _options.BatchSize)
            {
                yield break;
            }

            after = chunk[^1];
        }
    }

    internal static Paper ReadPaper(SqliteDataReader reader, int offset) => new()
    {
        Id = reader.GetString(offset),
        Title = reader.GetString(offset + 1),
        Abstract = reader.GetString(offset + 2),
        ArxivId = reader.IsDBNull(offset + 3) ? null : reader.GetString(offset + 3),
        Authors = JsonSerializer.Deserialize<string[]>(reader.GetString(offset + 4)) ?? [],
        Date = reader.IsDBNull(offset + 6)
            ? null
            : new ListingDate(reader.IsDBNull(offset + 5) ? null : reader.GetInt32(offset + 5), reader.GetInt32(offset + 6), reader.GetInt32(offset + 7)),
        Categories = ReadCategories(reader.GetString(offset + 8)),
    };

    /// <summary>The number of <see cref="PaperColumns"/>: a query's own columns come after them.</summary>
    internal const int PaperColumnCount = 9;

    /// <summary>Most papers of a listing page have no categories: no JSON parse for them.</summary>
    private static IReadOnlyList<string> ReadCategories(string json) => json == "[]" ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];

    private static DateTimeOffset FromTicks(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    /// <summary>Reads rows whose first column is the group key into lists, keeping the query's order.</summary>
    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<T>>> ReadGroupsAsync<T>(
        SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(read(reader));
        }

        return groups.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<T>)pair.Value, StringComparer.Ordinal);
    }
}
