using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite.Schema;
using PaperGraph.Testing;
using PaperGraph.Testing.Contract;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Store.Sqlite.Tests;

/// <summary>The store contract on a real SQLite file in a fresh temp folder per test, plus what only SQLite has.</summary>
public sealed class SqliteGraphStoreTests : GraphStoreContractTests
{
    private readonly TempDirectory _directory = new();

    private string DatabasePath => _directory.File("graph.db");

    protected override async Task<IGraphStore> CreateStoreAsync(CancellationToken ct) => await OpenStoreAsync(DatabasePath, ct);

    protected override async Task CleanupStoreAsync(IGraphStore store)
    {
        await base.CleanupStoreAsync(store);
        _directory.Dispose();
    }

    private static async Task<SqliteGraphStore> OpenStoreAsync(string path, CancellationToken ct)
    {
        // A small batch size makes the streaming tests cross chunk boundaries.
        var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = path, BatchSize = 10 }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(ct);
        return store;
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = new SqliteCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(Ct))!;
    }

    /// <summary>With rank 1, FTS5's integrity check also compares the index with the external content table.</summary>
    private async Task AssertFtsIntegrityAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var check = new SqliteCommand("INSERT INTO papers_fts (papers_fts, rank) VALUES ('integrity-check', 1)", connection);
        await check.ExecuteNonQueryAsync(Ct);
    }

    [Fact]
    public async Task InitializeAsync_ReopenedDatabase_KeepsDataAndAppliesEachMigrationOnce()
    {
        await Store.UpsertPapersAsync([Record(Paper("title:kept", "Kept across reopen", "Still here."))], Ct);
        await ((SqliteGraphStore)Store).DisposeAsync();

        await using var reopened = await OpenStoreAsync(DatabasePath, Ct);
        await reopened.InitializeAsync(Ct);

        Assert.Equal("Still here.", (await reopened.GetPapersAsync(["title:kept"], Ct))["title:kept"].Abstract);
        Assert.Equal(1, await reopened.CountPapersAsync(new PaperFilter { Search = "reopen" }, Ct));
        Assert.Equal(SchemaMigrator.Migrations.Count, await ScalarAsync<long>("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(SchemaMigrator.Migrations[^1].Version, await ScalarAsync<long>("SELECT MAX(version) FROM schema_version"));
        Assert.True(SchemaMigrator.Migrations.Count >= 3);
    }

    [Fact]
    public async Task InitializeAsync_DatabaseBeforeMigration005_BackfillsTheAuthorRowsTheUpsertWrites()
    {
        // Names that key alike, a name with no key, a paper with no authors, and lists changed by later listings.
        Paper[] papers =
        [
            Paper("title:m1", authors: ["Émile Zola", "Zola, Emile", "Ada Lovelace"]),
            Paper("title:m2", authors: ["...", "Grace  Hopper"]),
            Paper("title:m3", authors: []),
            Paper("title:m4", authors: ["Alan Turing"]),
        ];
        await Store.UpsertPapersAsync([.. papers.Select(p => Record(p))], Ct);
        await Store.UpsertPapersAsync(
            [Record(papers[2] with { Authors = ["A. M. Turing", "Alan Turing"] }, "b.jsonl"), Record(papers[3] with { Authors = ["Kurt Gödel", "Alan Turing"] }, "b.jsonl")], Ct);
        const string AuthorRows = "SELECT paper_id || '|' || author_key || '|' || name FROM paper_authors ORDER BY paper_id, author_key";
        var written = await RowsAsync(DatabasePath, AuthorRows);

        // The same papers rows in a database that an older release (migration 004) left, then opened by this one.
        var older = _directory.File("older.db");
        await using (var connection = new SqliteConnection($"Data Source={older};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await new SchemaMigrator(NullLogger.Instance).MigrateAsync(connection, 4, Ct);
            await using var copy = new SqliteCommand(
                "ATTACH DATABASE @path AS written; INSERT INTO papers SELECT pk, id, title, abstract, arxiv_id, title_key, authors, date, year, month, day, date_key FROM written.papers; DETACH DATABASE written", connection);
            copy.Parameters.AddWithValue("@path", DatabasePath);
            await copy.ExecuteNonQueryAsync(Ct);
        }

        await using var reopened = await OpenStoreAsync(older, Ct);

        Assert.Equal(
            [
                "title:m1|ada lovelace|Ada Lovelace", "title:m1|emile zola|Zola, Emile",
                "title:m2|grace hopper|Grace  Hopper",
                "title:m3|a m turing|A. M. Turing", "title:m3|alan turing|Alan Turing",
                "title:m4|alan turing|Alan Turing", "title:m4|kurt godel|Kurt Gödel",
            ],
            written);
        Assert.Equal(written, await RowsAsync(older, AuthorRows));
    }

    [Fact]
    public async Task GetStats_AfterEveryKindOfWrite_EqualsCountingTheTables()
    {
        // Stats come from counters kept by triggers; the plain answer is COUNT(*) of each table.
        var a = Paper("title:a", "Alpha", "An abstract about things.");
        var b = Paper("title:b", "Beta", "Another abstract here.");
        var c = Paper("title:c", "Gamma", "Third one.");
        Func<Task>[] steps =
        [
            () => Store.UpsertPapersAsync([Record(a), Record(b), Record(c, line: 3)], Ct),
            () => Store.UpsertPapersAsync([Record(a with { Abstract = "Changed abstract about things." }, "b.jsonl")], Ct),
            () => Store.UpsertEntitiesAsync([Entity("e:1", "One"), Entity("e:2", "Two"), Entity("e:3", "Three")], Ct),
            () => Store.UpsertEntitiesAsync([Entity("e:1", "One renamed", EntityKind.Dataset)], Ct),
            () => Store.SaveAnnotationsAsync([Mentions(a, "e:1", "e:2", "e:3"), Mentions(b, "e:1")], Ct),
            // The same mention key twice in one save (an upsert's update path), then a paper's mentions replaced.
            () => Store.SaveAnnotationsAsync([new PaperAnnotations(c.Id, [.. Mentions(c, "e:2").Mentions, .. Mentions(c, "e:2").Mentions], ["e:2"])], Ct),
            () => Store.SaveAnnotationsAsync([Mentions(a, "e:3")], Ct),
            () => Store.ReplaceLinksAsync([a.Id, b.Id], [Link(a.Id, b.Id, 0.9, "e:1"), Link(a.Id, c.Id, 0.8, "e:2"), Link(a.Id, b.Id, 0.7, "e:3")], Ct),
            () => Store.ReplaceLinksAsync([a.Id], [Link(a.Id, c.Id, 0.5, "e:2")], Ct),
            () => Store.AddQuarantineAsync([Quarantine("q:1", T0), Quarantine("q:2", T0), Quarantine("q:1", T0)], Ct),
            () => Store.RemoveQuarantineAsync(["q:1", "q:missing"], Ct),
        ];

        foreach (var step in steps)
        {
            await step();
            var stats = await Store.GetStatsAsync(Ct);
            Assert.Equal(
                (await ScalarAsync<long>("SELECT COUNT(*) FROM papers"), await ScalarAsync<long>("SELECT COUNT(*) FROM entities"),
                 await ScalarAsync<long>("SELECT COUNT(*) FROM mentions"), await ScalarAsync<long>("SELECT COUNT(*) FROM links"),
                 await ScalarAsync<long>("SELECT COUNT(*) FROM quarantine")),
                (stats.Papers, stats.Entities, stats.Mentions, stats.Links, stats.Quarantined));
        }

        Assert.Equal((3L, 3L, 1L), ((await Store.GetStatsAsync(Ct)).Papers, (await Store.GetStatsAsync(Ct)).Entities, (await Store.GetStatsAsync(Ct)).Links));
    }

    [Fact]
    public async Task InitializeAsync_DatabaseBeforeMigration007_CountsTheRowsItHolds()
    {
        var older = _directory.File("older-007.db");
        await using (var connection = new SqliteConnection($"Data Source={older};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            connection.CreateFunction("author_key", (string name) => Core.Authors.AuthorNames.Key(name), isDeterministic: true); // migration 005's backfill
            await new SchemaMigrator(NullLogger.Instance).MigrateAsync(connection, 6, Ct);
        }

        await using (var beforeCounters = await OpenStoreAsync(DatabasePath, Ct))
        {
            await beforeCounters.UpsertPapersAsync([Record(Paper("title:x")), Record(Paper("title:y"), line: 2)], Ct);
            await beforeCounters.AddQuarantineAsync([Quarantine("q:9", T0)], Ct);
        }

        await using (var connection = new SqliteConnection($"Data Source={older};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var copy = new SqliteCommand(
                "ATTACH DATABASE @path AS written; INSERT INTO papers SELECT pk, id, title, abstract, arxiv_id, title_key, authors, date, year, month, day, date_key FROM written.papers; INSERT INTO quarantine SELECT * FROM written.quarantine; DETACH DATABASE written", connection);
            copy.Parameters.AddWithValue("@path", DatabasePath);
            await copy.ExecuteNonQueryAsync(Ct);
        }

        await using var reopened = await OpenStoreAsync(older, Ct);
        var stats = await reopened.GetStatsAsync(Ct);

        Assert.Equal((2L, 0L, 0L, 0L, 1L), (stats.Papers, stats.Entities, stats.Mentions, stats.Links, stats.Quarantined));
        Assert.Empty((await reopened.GetPapersAsync(["title:x"], Ct))["title:x"].Categories); // migration 008: none until listed again
    }

    private async Task<List<string>> RowsAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = new SqliteCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    [Fact]
    public async Task Connections_OpenedAgainFromThePoolOrNew_AllHaveTheConfiguredSettings()
    {
        // Pragmas run once per native connection, not per open: a reused pooled connection must still have them,
        // and so must the new ones opened while others are in use. A second store on another file has its own.
        await using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = _directory.File("settings.db"), CacheSizeMb = 3, MmapSizeMb = 5 }, NullLogger<SqliteGraphStore>.Instance);
        await using var other = new SqliteGraphStore(new SqliteOptions { DatabasePath = _directory.File("other.db"), CacheSizeMb = 2, MmapSizeMb = 0 }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(Ct);
        await other.InitializeAsync(Ct);

        for (var round = 0; round < 3; round++)
        {
            // Eight at once, so the pool opens new connections, then again on the connections it kept.
            var settings = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.ReadConnectionSettingsAsync(Ct)));
            Assert.All(settings, s => Assert.Equal((-3L * 1024, 5L * 1024 * 1024, 1L), s));
            Assert.Equal((-2L * 1024, 0L, 1L), await other.ReadConnectionSettingsAsync(Ct));
        }
    }

    [Fact]
    public async Task InitializeAsync_NewDatabase_UsesWalAndCreatesMissingFolders()
    {
        var nested = _directory.File(Path.Combine("a", "b", "nested.db"));

        await using var store = await OpenStoreAsync(nested, Ct);

        Assert.True(File.Exists(nested));
        Assert.Equal("wal", await ScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task UpsertPapers_Unchanged_DoesNotTouchThePaperOrItsFtsRow()
    {
        var paper = Paper("title:still", "Still paper", "Words that stay.", Date(2025, 1, 1));
        await Store.UpsertPapersAsync([Record(paper)], Ct);
        const string FtsState = "SELECT group_concat(hex(block), '') FROM (SELECT block FROM papers_fts_data ORDER BY id)";
        var ftsBefore = await ScalarAsync<string>(FtsState);

        await Store.UpsertPapersAsync([Record(paper, seenAt: T0.AddDays(1))], Ct);

        Assert.Equal(ftsBefore, await ScalarAsync<string>(FtsState));
        await Store.UpsertPapersAsync([Record(paper with { Abstract = "Words that moved." })], Ct);
        Assert.NotEqual(ftsBefore, await ScalarAsync<string>(FtsState));
    }

    [Fact]
    public async Task UpsertPapers_ManyUpdates_KeepsFtsIndexConsistentWithPapers()
    {
        var papers = Enumerable.Range(0, 30).Select(i => Paper($"title:f{i:D2}", $"Paper {i}", $"Version one of {i}.")).ToList();
        await Store.UpsertPapersAsync(papers.Select(p => Record(p)).ToList(), Ct);

        await Store.UpsertPapersAsync(papers.Where((_, i) => i % 3 == 0).Select(p => Record(p with { Abstract = "Version two." })).ToList(), Ct);
        await Store.UpsertPapersAsync(papers.Select(p => Record(p)).ToList(), Ct);

        await AssertFtsIntegrityAsync();
        Assert.Equal(0, await Store.CountPapersAsync(new PaperFilter { Search = "two" }, Ct));
        Assert.Equal(30, await Store.CountPapersAsync(new PaperFilter { Search = "version one" }, Ct));
    }

    [Fact]
    public async Task UpsertPapers_SamePaperTwiceInOneBatch_IndexesOnlyItsLastText()
    {
        var old = Paper("title:old", "Old paper", "Alpha words.");
        await Store.UpsertPapersAsync([Record(old)], Ct);

        // One batch: a new paper created then changed, and an older paper changed twice.
        var fresh = Paper("title:fresh", "Fresh paper", "Beta words.");
        await Store.UpsertPapersAsync(
            [
                Record(fresh),
                Record(fresh with { Abstract = "Gamma words." }),
                Record(old with { Abstract = "Delta words." }),
                Record(old with { Abstract = "Epsilon words." }),
            ],
            Ct);

        await AssertFtsIntegrityAsync();
        foreach (var (word, expected) in new[] { ("alpha", 0), ("beta", 0), ("gamma", 1), ("delta", 0), ("epsilon", 1), ("words", 2) })
        {
            Assert.Equal(expected, await Store.CountPapersAsync(new PaperFilter { Search = word }, Ct));
        }
    }

    [Fact]
    public async Task QueryPapers_CursorOfAnotherOrder_IsRefused()
    {
        await Store.UpsertPapersAsync([Record(Paper("title:c1", "One")), Record(Paper("title:c2", "Two"))], Ct);
        var byTitle = await Store.QueryPapersAsync(new PaperQuery(PaperFilter.None, PaperOrder.Title, 1), Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => Store.QueryPapersAsync(new PaperQuery(PaperFilter.None, PaperOrder.DateDesc, 1, byTitle.EndCursor), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.QueryPapersAsync(new PaperQuery(PaperFilter.None, PaperOrder.Title, 1, "not a cursor"), Ct));
    }
}
