using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Sqlite.Papers;

/// <summary>
/// Upserts one batch of paper records inside the caller's transaction. Each statement is prepared once
/// and rebound per record; an unchanged paper is not written at all (so its FTS row stays untouched),
/// only its provenance row's last-seen time moves.
/// </summary>
internal sealed class PaperUpsertBatch(SqliteConnection connection, SqliteTransaction transaction)
{
    private const string SelectExisting = """
        SELECT title, abstract, arxiv_id, authors, date FROM papers WHERE id = @id
        """;

    private const string InsertPaper = """
        INSERT INTO papers (id, title, abstract, arxiv_id, title_key, authors, date, year, month, day, date_key)
        VALUES (@id, @title, @abstract, @arxivId, @titleKey, @authors, @date, @year, @month, @day, @dateKey)
        """;

    private const string UpdatePaper = """
        UPDATE papers SET title = @title, abstract = @abstract, arxiv_id = @arxivId, title_key = @titleKey, authors = @authors,
            date = @date, year = @year, month = @month, day = @day, date_key = @dateKey
        WHERE id = @id
        """;

    // first_seen/line keep the earliest sighting and last_seen the latest, whatever order sightings arrive in.
    private const string UpsertSource = """
        INSERT INTO paper_sources (paper_id, source, content_hash, line, first_seen, last_seen)
        VALUES (@id, @source, @contentHash, @line, @seen, @seen)
        ON CONFLICT (paper_id, source, content_hash) DO UPDATE SET
            line = CASE WHEN excluded.first_seen < paper_sources.first_seen THEN excluded.line ELSE paper_sources.line END,
            first_seen = min(paper_sources.first_seen, excluded.first_seen),
            last_seen = max(paper_sources.last_seen, excluded.last_seen)
        """;

    private static readonly string[] PaperParameters = ["@id", "@title", "@abstract", "@arxivId", "@titleKey", "@authors", "@date", "@year", "@month", "@day", "@dateKey"];

    public IReadOnlyList<UpsertOutcome> Run(IReadOnlyList<PaperRecord> records, ILogger logger, CancellationToken cancellationToken)
    {
        using var select = PreparedCommand.Create(connection, transaction, SelectExisting, "@id");
        using var insert = PreparedCommand.Create(connection, transaction, InsertPaper, PaperParameters);
        using var update = PreparedCommand.Create(connection, transaction, UpdatePaper, PaperParameters);
        using var source = PreparedCommand.Create(connection, transaction, UpsertSource, "@id", "@source", "@contentHash", "@line", "@seen");
        var outcomes = new UpsertOutcome[records.Count];
        var counts = new int[3];
        for (var i = 0; i < records.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = records[i];
            var row = PaperRow.From(record.Paper);
            var result = Compare(select, row);
            if (result != UpsertResult.Unchanged)
            {
                var write = result == UpsertResult.Created ? insert : update;
                write.Run(row.Id, row.Title, row.Abstract, row.ArxivId, row.TitleKey, row.Authors, row.Date, row.Year, row.Month, row.Day, row.DateKey);
            }

            source.Run(row.Id, record.Source, record.ContentHash, record.Line, record.SeenAt.UtcTicks);
            outcomes[i] = new UpsertOutcome(row.Id, result);
            counts[(int)result]++;
        }

        Log.PapersUpserted(logger, records.Count, counts[(int)UpsertResult.Created], counts[(int)UpsertResult.Updated], counts[(int)UpsertResult.Unchanged]);
        return outcomes;
    }

    private static UpsertResult Compare(SqliteCommand select, PaperRow row)
    {
        select.Parameters[0].Value = row.Id;
        using var reader = select.ExecuteReader();
        if (!reader.Read())
        {
            return UpsertResult.Created;
        }

        var same = row.SameContentAs(
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4));
        return same ? UpsertResult.Unchanged : UpsertResult.Updated;
    }
}
