using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Export;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
using PaperGraph.Store.Neo4j.Tests.Server;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;
using PaperGraph.Testing.Export;
using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Store.Neo4j.Tests.CrossStore;

/// <summary>
/// The two stores hold the same graph: the whole sample corpus (plus <see cref="ExportSamples"/>' papers with
/// authors and arXiv ids) ingested with linking into a fresh SQLite file and into the emptied test Neo4j exports
/// the same JSON Lines, byte for byte, and the same files in every other format, whole and filtered.
/// One test, because linking into Neo4j takes a minute and more.
/// </summary>
public sealed class IdenticalExportTests(Neo4jServer server)
{
    private const int SamplePapers = 372;

    [Fact]
    public async Task Export_SampleCorpusLinkedIntoEachStore_IsByteIdenticalInEveryFormat()
    {
        server.RequireReachable();
        var ct = TestContext.Current.CancellationToken;
        var catalog = new LinkerDictionary(EntityCatalog.LoadEmbedded());

        using var temp = new TempDirectory();
        await using var sqlite = new SqliteGraphStore(new SqliteOptions { DatabasePath = temp.File("papergraph.db") }, NullLogger<SqliteGraphStore>.Instance);
        await sqlite.InitializeAsync(ct);
        var sqliteSummary = await LinkedIngest.IngestSamplesAsync(sqlite, catalog, batchSize: 100, ct);
        await ExportSamples.SeedExtraAsync(sqlite, catalog, ct);
        var sqliteExport = await LinkedIngest.ExportAsync(sqlite, ct);

        using var host = new StoreHost(server.Url);
        await host.ClearDatabaseAsync(ct);
        await host.Store.InitializeAsync(ct);
        var neo4jSummary = await LinkedIngest.IngestSamplesAsync(host.Store, catalog, batchSize: 100, ct);
        await ExportSamples.SeedExtraAsync(host.Store, catalog, ct);
        var neo4jExport = await LinkedIngest.ExportAsync(host.Store, ct);

        Assert.Equal((SamplePapers, 0L), (sqliteSummary.PapersCreated, sqliteSummary.Quarantined));
        Assert.Equal((SamplePapers, 0L), (neo4jSummary.PapersCreated, neo4jSummary.Quarantined));
        var sqliteLines = sqliteExport.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var neo4jLines = neo4jExport.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SamplePapers + ExportSamples.ExtraPapers, sqliteLines.Length);
        Assert.Equal(SamplePapers + ExportSamples.ExtraPapers, neo4jLines.Length);
        for (var i = 0; i < sqliteLines.Length; i++)
        {
            Assert.True(sqliteLines[i] == neo4jLines[i], $"Line {i + 1} differs.\nSQLite: {sqliteLines[i]}\nNeo4j:  {neo4jLines[i]}");
        }

        Assert.Equal(sqliteExport, neo4jExport);
        // Not two empty graphs: the corpus links (mentions on most papers, some builds-on links).
        var (mentions, links) = Count(sqliteLines);
        Assert.True(mentions > 500 && links > 20, $"{mentions} mentions, {links} links");

        ExportFilter[] filters =
        [
            ExportFilter.None,
            new() { EntityId = "pwc:transformer" },
            new() { DateFrom = new ListingDate(2023, 1, 1), DateTo = new ListingDate(2024, 12, 31) },
            new() { Around = "arxiv:2312.00752", Hops = 2 },
        ];
        foreach (var filter in filters)
        {
            var fromSqlite = await ExportSamples.ExportAllAsync(sqlite, filter, ct);
            var fromNeo4j = await ExportSamples.ExportAllAsync(host.Store, filter, ct);
            Assert.Equal(fromSqlite.Keys, fromNeo4j.Keys);
            foreach (var (format, text) in fromSqlite)
            {
                Assert.True(text == fromNeo4j[format], $"{format} differs for {filter}: {FirstDifference(text, fromNeo4j[format])}");
                Assert.True(text.Length > 100, $"{format} for {filter} is nearly empty");
            }
        }
    }

    private static string FirstDifference(string left, string right)
    {
        var i = 0;
        while (i < left.Length && i < right.Length && left[i] == right[i])
        {
            i++;
        }

        var from = Math.Max(0, i - 80);
        return $"at {i}: SQLite …{left[from..Math.Min(left.Length, i + 80)]}… Neo4j …{right[from..Math.Min(right.Length, i + 80)]}…";
    }

    private static (int Mentions, int Links) Count(IEnumerable<string> lines)
    {
        var (mentions, links) = (0, 0);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            mentions += json.RootElement.GetProperty("mentions").GetArrayLength();
            links += json.RootElement.GetProperty("links").GetArrayLength();
        }

        return (mentions, links);
    }
}
