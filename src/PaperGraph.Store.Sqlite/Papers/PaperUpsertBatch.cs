using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Sqlite.Papers;

/// <summary>
/// Upserts one batch of paper records inside the caller's transaction. Each statement is prepared once
/// and rebound per record; an unchanged paper is not written at all (so its FTS row stays untouched),
/// only its provenance row's last-seen time moves. The full-text index is kept here, not by triggers:
/// papers created by the batch are indexed by one statement at its end (see migration 004 for why),
/// papers that existed before it are re-indexed as they change. A written paper's <c>paper_authors</c> rows are
/// rewritten with it, so they always key the names <c>papers.authors</c> holds.
/// </summary>
internal sealed class PaperUpsertBatch(SqliteConnection connection, SqliteTransaction transaction)
{
    private const string SelectExisting = """
        SELECT title, abstract, arxiv_id, authors, date, pk, categories FROM papers WHERE id = @id
        """;

    // SQLite gives a new row the largest rowid plus one and a batch deletes nothing, so the papers a batch
    // creates are exactly those above the largest rowid before it.
    private const string SelectLastPk = "SELECT coalesce(max(pk), 0) FROM papers";

    private const string IndexCreated = """
        INSERT INTO papers_fts (rowid, title, abstract) SELECT pk, title, abstract FROM papers WHERE pk > @lastPk
        """;

    // An external-content FTS5 table forgets a row only when given the exact text it indexed.
    private const string UnindexOld = """
        INSERT INTO papers_fts (papers_fts, rowid, title, abstract) VALUES ('delete', @pk, @title, @abstract)
        """;

    private const string IndexNew = "INSERT INTO papers_fts (rowid, title, abstract) VALUES (@pk, @title, @abstract)";

    private const string InsertPaper = """
        INSERT INTO papers (id, title, abstract, arxiv_id, title_key, authors, date, year, month, day, date_key, categories)
        VALUES (@id, @title, @abstract, @arxivId, @titleKey, @authors, @date, @year, @month, @day, @dateKey, @categories)
        """;

    private const string UpdatePaper = """
        UPDATE papers SET title = @title, abstract = @abstract, arxiv_id = @arxivId, title_key = @titleKey, authors = @authors,
            date = @date, year = @year, month = @month, day = @day, date_key = @dateKey, categories = @categories
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

    private const string DeleteAuthors = "DELETE FROM paper_authors WHERE paper_id = @id";

    // Two spellings of one author in a list are one row with the smaller spelling, as migration 005 backfills.
    private const string InsertAuthor = """
        INSERT INTO paper_authors (paper_id, author_key, name) VALUES (@id, @authorKey, @name)
        ON CONFLICT (paper_id, author_key) DO UPDATE SET name = min(paper_authors.name, excluded.name)
        """;

    private static readonly string[] PaperParameters = ["@id", "@title", "@abstract", "@arxivId", "@titleKey", "@authors", "@date", "@year", "@month", "@day", "@dateKey", "@categories"];

    public IReadOnlyList<UpsertOutcome> Run(IReadOnlyList<PaperRecord> records, ILogger logger, CancellationToken cancellationToken)
    {
        using var select = PreparedCommand.Create(connection, transaction, SelectExisting, "@id");
        using var insert = PreparedCommand.Create(connection, transaction, InsertPaper, PaperParameters);
        using var update = PreparedCommand.Create(connection, transaction, UpdatePaper, PaperParameters);
        using var source = PreparedCommand.Create(connection, transaction, UpsertSource, "@id", "@source", "@contentHash", "@line", "@seen");
        using var unindex = PreparedCommand.Create(connection, transaction, UnindexOld, "@pk", "@title", "@abstract");
        using var index = PreparedCommand.Create(connection, transaction, IndexNew, "@pk", "@title", "@abstract");
        using var deleteAuthors = PreparedCommand.Create(connection, transaction, DeleteAuthors, "@id");
        using var insertAuthor = PreparedCommand.Create(connection, transaction, InsertAuthor, "@id", "@authorKey", "@name");
        var lastPk = LastPk();
        var outcomes = new UpsertOutcome[records.Count];
        var counts = new int[3];
        for (var i = 0; i < records.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = records[i];
            var (result, row, authors, stored) = Compare(select, record.Paper);
            if (result != UpsertResult.Unchanged)
            {
                var write = result == UpsertResult.Created ? insert : update;
                write.Run(row.Id, row.Title, row.Abstract, row.ArxivId, row.TitleKey, row.Authors, row.Date, row.Year, row.Month, row.Day, row.DateKey, row.Categories);
                if (result == UpsertResult.Updated)
                {
                    deleteAuthors.Run(row.Id);
                }

                WriteAuthors(insertAuthor, row.Id, authors);
            }

            // A paper this batch created is indexed at the end with its final text; an older one now.
            if (result == UpsertResult.Updated && stored.Pk <= lastPk && (stored.Title != row.Title || stored.Abstract != row.Abstract))
            {
                unindex.Run(stored.Pk, stored.Title, stored.Abstract);
                index.Run(stored.Pk, row.Title, row.Abstract);
            }

            source.Run(row.Id, record.Source, record.ContentHash, record.Line, record.SeenAt.UtcTicks);
            outcomes[i] = new UpsertOutcome(row.Id, result);
            counts[(int)result]++;
        }

        if (counts[(int)UpsertResult.Created] > 0)
        {
            using var indexCreated = PreparedCommand.Create(connection, transaction, IndexCreated, "@lastPk");
            indexCreated.Run(lastPk);
        }

        Log.PapersUpserted(logger, records.Count, counts[(int)UpsertResult.Created], counts[(int)UpsertResult.Updated], counts[(int)UpsertResult.Unchanged]);
        return outcomes;
    }

    /// <summary>One row per author key that is not empty, as migration 005 backfills them.</summary>
    private static void WriteAuthors(SqliteCommand insertAuthor, string paperId, IReadOnlyList<string> authors)
    {
        foreach (var name in authors)
        {
            var key = Core.Authors.AuthorNames.Key(name);
            if (key.Length > 0)
            {
                insertAuthor.Run(paperId, key, name);
            }
        }
    }

    private long LastPk()
    {
        using var command = new SqliteCommand(SelectLastPk, connection, transaction);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// Compares with the stored paper; the row to write keeps the earliest listing date of both. Also returns
    /// the stored rowid and text, which the full-text index needs to forget the old version, and the authors kept.
    /// </summary>
    private static (UpsertResult Result, PaperRow Row, IReadOnlyList<string> Authors, StoredText Stored) Compare(SqliteCommand select, Paper paper)
    {
        select.Parameters[0].Value = paper.Id;
        using var reader = select.ExecuteReader();
        if (!reader.Read())
        {
            return (UpsertResult.Created, PaperRow.From(paper), paper.Authors, default);
        }

        ListingDate.TryParse(reader.IsDBNull(4) ? null : reader.GetString(4), out var parsed);
        var storedDate = reader.IsDBNull(4) ? (ListingDate?)null : parsed;
        var storedAuthors = System.Text.Json.JsonSerializer.Deserialize<string[]>(reader.GetString(3)) ?? [];
        var authors = Core.Authors.AuthorNames.Merge(storedAuthors, paper.Authors);
        // A listing page names no categories: the ones another listing gave stay.
        var categories = paper.Categories.Count > 0 ? paper.Categories : System.Text.Json.JsonSerializer.Deserialize<string[]>(reader.GetString(6)) ?? [];
        var row = PaperRow.From(paper with { Date = ListingDate.FirstListed(storedDate, paper.Date), Authors = authors, Categories = categories });
        var same = row.SameContentAs(
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.GetString(6));
        return (same ? UpsertResult.Unchanged : UpsertResult.Updated, row, authors, new StoredText(reader.GetInt64(5), reader.GetString(0), reader.GetString(1)));
    }

    private readonly record struct StoredText(long Pk, string Title, string Abstract);
}
