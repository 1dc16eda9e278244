using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Samples;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Neo4j.Papers;
using PaperGraph.Store.Neo4j.Tests.Server;
using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Store.Neo4j.Tests.Search;

/// <summary>
/// The word index's counts, which search scores an anchor word by, and its title edges, which lead the common-word
/// order, against the plain source they stand for: each paper's stored word strings, split and counted here. And a store indexed before edges had counts gets them when
/// opened, and then ranks as a store written with them.
/// </summary>
public sealed class WordIndexTests(Neo4jServer server)
{
    private const string EdgesCypher = """
        MATCH (p:Paper) WHERE p.titleWords IS NOT NULL
        RETURN p.id, p.titleWords, p.abstractWords, [(p)-[h:HAS_WORD]->(w:PaperWord) | [w.word, coalesce(h.t, 0), coalesce(h.a, 1)]],
            [(p)-[:HAS_TITLE_WORD]->(w:PaperWord) | w.word]
        """;

    // What an older version left behind: edges without counts and no title edges, fingerprints without the index form,
    // no form recorded.
    private static readonly IReadOnlyList<CypherStatement> OldForm =
    [
        new("MATCH ()-[h:HAS_WORD]->() REMOVE h.t, h.a"),
        new("MATCH ()-[h:HAS_TITLE_WORD]->() DELETE h"),
        new("MATCH (p:Paper) WHERE p.wordsIndexed ENDS WITH $suffix SET p.wordsIndexed = substring(p.wordsIndexed, 0, size(p.wordsIndexed) - size($suffix))", new { suffix = " " + PaperWordsRow.Version }),
        new("MATCH (s:SearchStats) REMOVE s.wordIndex"),
    ];

    [Fact]
    public async Task HasWordEdges_SampleCorpus_CountEachWordAsThePapersStoredWordsDo()
    {
        var ct = TestContext.Current.CancellationToken;
        using var host = await SampleStoreAsync(ct);

        var (edges, counted) = await AssertEdgesMatchStoredWordsAsync(host.Client, ct);

        Assert.True(edges > 10_000 && counted > 1_000, $"{edges} edges, {counted} with counts: the sample should give many of each.");
    }

    [Fact]
    public async Task InitializeAsync_StoreIndexedWithoutCounts_IndexesItAgainAndRanksAsBefore()
    {
        var ct = TestContext.Current.CancellationToken;
        using var host = await SampleStoreAsync(ct);
        string[] queries = ["learning", "graph neural", "language models", "transformer attention", "novel approach"];
        var before = await PagesAsync(host.Store, queries, ct);
        await host.Client.RunAsync(OldForm, ct);

        using var reopened = new StoreHost(server.Url);
        await reopened.Store.InitializeAsync(ct);

        var form = await reopened.Client.RunAsync(new CypherStatement("MATCH (s:SearchStats) RETURN s.wordIndex"), ct);
        Assert.Equal(PaperWordsRow.Version, form.Rows[0].String(0));
        Assert.Contains(reopened.Logs.Messages, message => message.StartsWith("Neo4j word index brought to form", StringComparison.Ordinal));
        await AssertEdgesMatchStoredWordsAsync(reopened.Client, ct);
        Assert.Equal(before, await PagesAsync(reopened.Store, queries, ct));

        using var third = new StoreHost(server.Url);
        await third.Store.InitializeAsync(ct);
        Assert.DoesNotContain(third.Logs.Messages, message => message.StartsWith("Neo4j word index brought to form", StringComparison.Ordinal));
    }

    /// <summary>Every paper's edges name exactly its stored words less the common ones, each with its title and abstract counts.</summary>
    private static async Task<(int Edges, int Counted)> AssertEdgesMatchStoredWordsAsync(CypherClient client, CancellationToken ct)
    {
        var result = await client.RunAsync(new CypherStatement(EdgesCypher), ct);
        var (edges, counted) = (0, 0);
        foreach (var row in result.Rows)
        {
            var title = Count(row.String(1));
            var text = Count(row.String(2));
            var expected = title.Keys.Union(text.Keys)
                .Where(word => !CommonWords.All.Contains(word))
                .ToDictionary(word => word, word => (title.GetValueOrDefault(word), text.GetValueOrDefault(word)), StringComparer.Ordinal);
            var actual = row[3].EnumerateArray()
                .ToDictionary(edge => edge[0].GetString()!, edge => (edge[1].GetInt32(), edge[2].GetInt32()), StringComparer.Ordinal);
            Assert.True(
                expected.Count == actual.Count && expected.All(pair => actual.TryGetValue(pair.Key, out var counts) && counts == pair.Value),
                $"{row.String(0)}: edges {string.Join(' ', actual.Where(pair => expected.GetValueOrDefault(pair.Key) != pair.Value))} "
                + $"against stored words {string.Join(' ', expected.Where(pair => actual.GetValueOrDefault(pair.Key) != pair.Value))}");
            var titleEdges = row[4].EnumerateArray().Select(word => word.GetString()!).Order(StringComparer.Ordinal);
            Assert.Equal(expected.Where(pair => pair.Value.Item1 > 0).Select(pair => pair.Key).Order(StringComparer.Ordinal), titleEdges);
            edges += actual.Count;
            counted += actual.Values.Count(counts => counts != (0, 1));
        }

        return (edges, counted);
    }

    // The stored form separates words by spaces (SearchWords.Sequence).
    private static Dictionary<string, int> Count(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).GroupBy(word => word, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

    private static async Task<List<string>> PagesAsync(IGraphStore store, IReadOnlyList<string> queries, CancellationToken ct)
    {
        var pages = new List<string>();
        foreach (var query in queries)
        {
            var page = await store.QueryPapersAsync(new PaperQuery(new PaperFilter { Search = query }, PaperOrder.Relevance, 10), ct);
            pages.Add($"{query}: {page.TotalCount} " + string.Join(", ", page.Items.Select(item => item.Node.Id + " " + item.Cursor)));
        }

        return pages;
    }

    /// <summary>The emptied test Neo4j, initialised, holding the sample corpus.</summary>
    private async Task<StoreHost> SampleStoreAsync(CancellationToken ct)
    {
        server.RequireReachable();
        var host = new StoreHost(server.Url);
        try
        {
            await host.ClearDatabaseAsync(ct);
            await host.Store.InitializeAsync(ct);
            await IngestSamplesAsync(host.Store, ct);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private static async Task IngestSamplesAsync(IGraphStore store, CancellationToken ct)
    {
        var sources = SampleCorpus.FileNames.Select(name => new IngestionSource(name, () => SampleCorpus.Open(name))).ToList();
        await new IngestionPipeline(store, TimeProvider.System, NullLogger<IngestionPipeline>.Instance)
            .RunAsync(sources, new IngestionOptions { BatchSize = 100 }, progress: null, ct);
    }
}
