using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Neo4j.Papers;

namespace PaperGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // Returns each paper's fingerprint before this write (null: created). The write is skipped when the
    // fingerprint is unchanged, so re-ingesting a corpus only touches provenance. A created or changed paper
    // is labelled :LinkPending in the same transaction (see MarkLinkedAsync).
    private const string UpsertPapersCypher = """
        UNWIND $rows AS row
        MERGE (p:Paper {id: row.id})
        WITH row, p, p.fingerprint AS previous
        FOREACH (_ IN CASE WHEN previous = row.fingerprint THEN [] ELSE [1] END | SET p += row, p:LinkPending)
        RETURN row.id, previous
        """;

    // First/last seen only widen, so batches applied in any order or twice give the same provenance.
    private const string UpsertSourcesCypher = """
        UNWIND $rows AS row
        MERGE (s:Source {key: row.key})
        ON CREATE SET s.paperId = row.paperId, s.source = row.source, s.line = row.line,
            s.contentHash = row.contentHash, s.firstSeen = row.firstSeen, s.lastSeen = row.lastSeen
        ON MATCH SET s.line = CASE WHEN row.firstSeen < s.firstSeen THEN row.line ELSE s.line END,
            s.firstSeen = CASE WHEN row.firstSeen < s.firstSeen THEN row.firstSeen ELSE s.firstSeen END,
            s.lastSeen = CASE WHEN row.lastSeen > s.lastSeen THEN row.lastSeen ELSE s.lastSeen END
        """;

    /// <summary>
    /// Upserts in transactions of <see cref="Neo4jOptions.BatchSize"/> papers, each with its provenance.
    /// Outcomes follow input order as if records were applied one by one; the last record per id wins.
    /// </summary>
    public async Task<IReadOnlyList<UpsertOutcome>> UpsertPapersAsync(IReadOnlyList<PaperRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        records = await KeepFirstListedDatesAsync(records, cancellationToken);
        var lastById = new Dictionary<string, PaperRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            lastById[record.Paper.Id] = record;
        }

        var sourcesByPaper = records.GroupBy(record => record.Paper.Id, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => SourceRow.From(group), StringComparer.Ordinal);
        var stored = new Dictionary<string, string?>(StringComparer.Ordinal);
        Task<IReadOnlyList<CypherResult>>? inFlight = null;
        foreach (var batch in lastById.Values.Chunk(BatchSize))
        {
            // Build and serialise this batch while the previous one is on the wire; commits stay one at a time.
            var rows = batch.Select(record => PaperRow.From(record.Paper)).ToList();
            var counts = rows.Select(row => new { id = row.Id, fingerprint = row.Fingerprint, tokenCount = row.TokenCount, commonWords = row.CommonWords }).ToList();
            var next = CypherClient.Prepare(
            [
                // Search statistics first: they lock, create the new papers in order and count against the stored ones.
                new CypherStatement(SearchStatistics.LockAndCreateCypher, new { ids = rows.Select(row => row.Id).ToList(), wordIndex = PaperWordsRow.Version }),
                new CypherStatement(SearchStatistics.TokenDeltaCypher, new { rows = counts }),
                new CypherStatement(SearchStatistics.CommonWordDeltaCypher, new { rows = counts }),
                new CypherStatement(UpsertPapersCypher, new { rows }),
                new CypherStatement(UpsertSourcesCypher, new { rows = batch.SelectMany(record => sourcesByPaper[record.Paper.Id]).ToList() }),
                new CypherStatement(IndexPaperWordsCypher, PaperWordsBatch.Of(batch.Select(record => PaperWordsRow.From(record.Paper)))),
            ]);
            if (inFlight is not null)
            {
                Collect(await inFlight, stored);
            }

            inFlight = _client.RunAsync(next, cancellationToken);
        }

        if (inFlight is not null)
        {
            Collect(await inFlight, stored);
        }

        var outcomes = OutcomesInOrder(records, stored);
        await RefreshStatisticsAsync(outcomes.Count(outcome => outcome.Result != UpsertResult.Unchanged), cancellationToken);
        return outcomes;
    }

    /// <summary>
    /// Gives a store written before search kept statistics (<see cref="SearchStatistics"/>) its counts, once: each
    /// paper's words and word count, sequence numbers, the common words' counters, then the statistics node, whose
    /// presence says it is done. On a new store this is two small reads.
    /// </summary>
    private async Task EnsureSearchStatisticsAsync(CancellationToken cancellationToken)
    {
        var exists = await _client.RunAsync(new CypherStatement(SearchStatistics.StatisticsExistCypher), cancellationToken);
        if (exists.Rows[0].Int64(0) > 0)
        {
            return;
        }

        // A new store has nothing to count, and its first upsert creates the statistics node (LockAndCreateCypher):
        // opening writes nothing, so it stays cheap where the server's transaction limit is tight.
        var papers = await _client.RunAsync(new CypherStatement(CountPapersCypher), cancellationToken);
        if (papers.Rows[0].Int64(0) == 0)
        {
            return;
        }

        var counted = 0;
        while (true)
        {
            var found = await _client.RunAsync(new CypherStatement(SearchStatistics.PapersWithoutCountsCypher, new { limit = BatchSize }), cancellationToken);
            if (found.Rows.Count == 0)
            {
                break;
            }

            var rows = found.Rows
                .Select(row => PaperRow.From(new Paper { Id = row.String(0), Title = row.String(1), Abstract = row.NullableString(2) ?? string.Empty }))
                .Select(row => new { id = row.Id, titleWords = row.TitleWords, abstractWords = row.AbstractWords, tokenCount = row.TokenCount, commonWords = row.CommonWords })
                .ToList();
            await _client.RunAsync(new CypherStatement(SearchStatistics.SetCountsCypher, new { rows }), cancellationToken);
            counted += rows.Count;
        }

        await _client.RunAsync(
            [
                new CypherStatement(SearchStatistics.NumberPapersCypher),
                new CypherStatement(SearchStatistics.CountCommonWordsCypher),
                new CypherStatement(SearchStatistics.CreateStatisticsCypher),
            ],
            cancellationToken);
        _logger.LogInformation("Neo4j search statistics created; {PaperCount} stored papers counted", counted);
    }

    /// <summary>
    /// Gives a store whose word index is of another form than <see cref="PaperWordsRow.Version"/> (an older one, whose
    /// edges carry no counts) the current form, once: each paper indexed in another form is indexed again from its
    /// stored text, a batch per transaction, then the statistics node records the form. Until then search would take
    /// an old edge for one abstract occurrence. A new store is of the current form from its first write.
    /// </summary>
    private async Task EnsureWordIndexFormAsync(CancellationToken cancellationToken)
    {
        var form = await _client.RunAsync(new CypherStatement(SearchStatistics.WordIndexFormCypher), cancellationToken);
        if (form.Rows.Count == 0 || form.Rows[0].NullableString(0) == PaperWordsRow.Version)
        {
            return;
        }

        var indexed = 0;
        var parameters = new { suffix = " " + PaperWordsRow.Version, limit = BatchSize };
        while (true)
        {
            var found = await _client.RunAsync(new CypherStatement(SearchStatistics.PapersOfOtherIndexFormCypher, parameters), cancellationToken);
            if (found.Rows.Count == 0)
            {
                break;
            }

            var papers = PaperWordsBatch.Of(PapersOf(found).Select(PaperWordsRow.From));
            await _client.RunAsync(new CypherStatement(IndexPaperWordsCypher, papers), cancellationToken);
            indexed += papers.Rows.Count;
        }

        await _client.RunAsync(new CypherStatement(SearchStatistics.SetWordIndexFormCypher, new { wordIndex = PaperWordsRow.Version }), cancellationToken);
        _logger.LogInformation("Neo4j word index brought to form {WordIndexForm}; {PaperCount} papers indexed again", PaperWordsRow.Version, indexed);
    }

    private const string StoredDatesCypher = """
        UNWIND $ids AS id MATCH (p:Paper {id: id})
        RETURN p.id, p.dateYear, p.dateMonth, p.dateDay, p.authors, p.categories
        """;

    /// <summary>
    /// Gives each record the date <see cref="ListingDate.FirstListed"/> keeps and the authors
    /// <see cref="Core.Authors.AuthorNames.Merge"/> keeps over the stored paper and the records before it, and the
    /// stored categories when the record has none (a listing page), as the SQLite store does row by row, so none of
    /// them depends on order.
    /// </summary>
    private async Task<IReadOnlyList<PaperRecord>> KeepFirstListedDatesAsync(IReadOnlyList<PaperRecord> records, CancellationToken cancellationToken)
    {
        var dates = new Dictionary<string, ListingDate?>(StringComparer.Ordinal);
        var authors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var categories = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var ids in Distinct(records.Select(record => record.Paper.Id).ToList()).Chunk(BatchSize))
        {
            var result = await _client.RunAsync(new CypherStatement(StoredDatesCypher, new { ids }), cancellationToken);
            foreach (var row in result.Rows)
            {
                var year = row.NullableInt64(1);
                if (row.NullableInt64(2) is { } month)
                {
                    dates[row.String(0)] = new ListingDate(year is null ? null : (int)year, (int)month, (int)row.NullableInt64(3)!.Value);
                }

                authors[row.String(0)] = row.Strings(4);
                categories[row.String(0)] = row.Strings(5);
            }
        }

        var kept = new PaperRecord[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var date = ListingDate.FirstListed(dates.GetValueOrDefault(record.Paper.Id), record.Paper.Date);
            var names = Core.Authors.AuthorNames.Merge(authors.GetValueOrDefault(record.Paper.Id), record.Paper.Authors);
            var subjects = record.Paper.Categories.Count > 0 ? record.Paper.Categories : categories.GetValueOrDefault(record.Paper.Id) ?? [];
            dates[record.Paper.Id] = date;
            authors[record.Paper.Id] = names;
            categories[record.Paper.Id] = subjects;
            kept[i] = date == record.Paper.Date && ReferenceEquals(names, record.Paper.Authors) && subjects.SequenceEqual(record.Paper.Categories)
                ? record
                : record with { Paper = record.Paper with { Date = date, Authors = names, Categories = subjects } };
        }

        return kept;
    }

    // The upsert statement's place in each batch's transaction (after the three search-statistics statements).
    private const int UpsertResultIndex = 3;

    private static void Collect(IReadOnlyList<CypherResult> results, Dictionary<string, string?> stored)
    {
        foreach (var row in results[UpsertResultIndex].Rows)
        {
            stored[row.String(0)] = row.NullableString(1);
        }
    }

    private static List<UpsertOutcome> OutcomesInOrder(IReadOnlyList<PaperRecord> records, Dictionary<string, string?> stored)
    {
        var outcomes = new List<UpsertOutcome>(records.Count);
        foreach (var record in records)
        {
            var fingerprint = PaperRow.FingerprintOf(record.Paper);
            var previous = stored.GetValueOrDefault(record.Paper.Id);
            var result = previous is null ? UpsertResult.Created
                : previous == fingerprint ? UpsertResult.Unchanged
                : UpsertResult.Updated;
            stored[record.Paper.Id] = fingerprint;
            outcomes.Add(new UpsertOutcome(record.Paper.Id, result));
        }

        return outcomes;
    }

    private const string GetPapersCypher = "UNWIND $ids AS id MATCH (p:Paper {id: id}) RETURN " + PaperNode.Projection;

    private const string GetPapersWithoutAbstractsCypher = "UNWIND $ids AS id MATCH (p:Paper {id: id}) RETURN " + PaperNode.ProjectionWithoutAbstract;

    public Task<IReadOnlyDictionary<string, Paper>> GetPapersAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) =>
        ReadPapersAsync(GetPapersCypher, paperIds, cancellationToken);

    public Task<IReadOnlyDictionary<string, Paper>> GetPapersWithoutAbstractsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) =>
        ReadPapersAsync(GetPapersWithoutAbstractsCypher, paperIds, cancellationToken);

    private async Task<IReadOnlyDictionary<string, Paper>> ReadPapersAsync(string cypher, IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken)
    {
        var papers = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var ids in Distinct(paperIds).Chunk(BatchSize))
        {
            foreach (var paper in PapersOf(await _client.RunAsync(new CypherStatement(cypher, new { ids }), cancellationToken)))
            {
                papers[paper.Id] = paper;
            }
        }

        return papers;
    }

    /// <summary>The papers a <see cref="GetPapersCypher"/> result holds.</summary>
    private static IEnumerable<Paper> PapersOf(CypherResult result) => result.Rows.Select(row => row.As<PaperNode>(0).ToPaper());

    private const string FindByArxivCypher =
        "MATCH (p:Paper {arxivKey: $arxivId}) RETURN " + PaperNode.Projection + " ORDER BY p.id LIMIT 1";

    public async Task<Paper?> FindPaperByArxivIdAsync(string arxivId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(arxivId);
        var parameters = new { arxivId = PaperIds.NormalizeArxivId(arxivId) };
        var result = await _client.RunAsync(new CypherStatement(FindByArxivCypher, parameters), cancellationToken);
        return result.Rows.Count == 0 ? null : result.Rows[0].As<PaperNode>(0).ToPaper();
    }

    private const string FindByTitleKeyCypher = """
        UNWIND $keys AS key
        MATCH (p:Paper {titleKey: key})
        RETURN key, p.id ORDER BY key, p.id
        """;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> FindPaperIdsByTitleKeyAsync(IReadOnlyCollection<string> titleKeys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var keys in Distinct(titleKeys).Chunk(BatchSize))
        {
            var result = await _client.RunAsync(new CypherStatement(FindByTitleKeyCypher, new { keys }), cancellationToken);
            foreach (var group in result.Rows.GroupBy(row => row.String(0), StringComparer.Ordinal))
            {
                found[group.Key] = group.Select(row => row.String(1)).Order(StringComparer.Ordinal).ToList();
            }
        }

        return found;
    }

    private const string StreamPaperIdsCypher = """
        MATCH (p:Paper)
        WHERE $afterId IS NULL OR p.id > $afterId
        RETURN p.id ORDER BY p.id LIMIT $limit
        """;

    public async IAsyncEnumerable<string> StreamPaperIdsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? afterId = null;
        while (true)
        {
            var parameters = new { afterId, limit = StreamPageSize };
            var result = await _client.RunAsync(new CypherStatement(StreamPaperIdsCypher, parameters), cancellationToken);
            foreach (var row in result.Rows)
            {
                afterId = row.String(0);
                yield return afterId;
            }

            if (result.Rows.Count < StreamPageSize)
            {
                yield break;
            }
        }
    }

    private const string GetSourcesCypher = """
        UNWIND $ids AS id
        MATCH (s:Source {paperId: id})
        RETURN id, s.source, s.line, s.contentHash, s.firstSeen, s.lastSeen
        ORDER BY id, s.firstSeen, s.source, s.line, s.contentHash
        """;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<PaperSource>>> GetSourcesAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, IReadOnlyList<PaperSource>>(StringComparer.Ordinal);
        foreach (var ids in Distinct(paperIds).Chunk(BatchSize))
        {
            var result = await _client.RunAsync(new CypherStatement(GetSourcesCypher, new { ids }), cancellationToken);
            foreach (var group in result.Rows.GroupBy(row => row.String(0), StringComparer.Ordinal))
            {
                found[group.Key] = group
                    .Select(row => new PaperSource(row.String(1), row.Int64(2), row.String(3), Utc(row.Int64(4)), Utc(row.Int64(5))))
                    .ToList();
            }
        }

        return found;
    }

    private static DateTimeOffset Utc(long ticks) => new(ticks, TimeSpan.Zero);
}
