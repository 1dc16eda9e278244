using System.Net;
using System.Text.Json;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Neo4j.Schema;
using PaperGraph.Store.Neo4j.Tests.Server;

namespace PaperGraph.Store.Neo4j.Tests.Recorded5x;

/// <summary>
/// The 4.4/5.x paths against Neo4j 5's own documented HTTP responses (Recorded5x/Responses/SOURCE.md): discovery,
/// commits whose bodies carry 5.x's <c>meta</c> and <c>lastBookmarks</c> (sent back with the next transaction), reads
/// marked as reads, error mapping (a cluster member that is not the leader is retried), the full-text index DDL and
/// full-text search.
/// </summary>
public sealed class DocumentedNeo4j5Tests
{
    private const string Url = "http://127.0.0.1:7999";

    private static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["MaxRetries"] = "3",
        ["RetryBaseDelay"] = "00:00:00.010",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetEndpoint_DocumentedNeo4j5Root_CommitsToTheDefaultDatabaseWithFullText()
    {
        using var host = new StoreHost(Url, edge: new DocumentedNeo4j5());

        var endpoint = await host.Client.GetEndpointAsync(Ct);

        Assert.Equal(new Uri("http://127.0.0.1:7999/db/neo4j/tx/commit"), endpoint.CommitUri);
        Assert.Equal((5, "5.12.0", "4x-5x", true), (endpoint.MajorVersion, endpoint.Version, endpoint.SchemaFamily, endpoint.HasFullTextIndex));
    }

    [Fact]
    public async Task Run_DocumentedCommitWithMetaAndBookmarks_ReadsTheRow()
    {
        var edge = new DocumentedNeo4j5().Then("commit-merge.json");
        using var host = new StoreHost(Url, edge: edge);

        var result = await host.Client.RunAsync(new CypherStatement("MERGE (n:Person {name: $name, age: $age}) RETURN n", new { name = "Alice", age = 42 }), Ct);

        Assert.Equal(["n"], result.Columns);
        var row = Assert.Single(result.Rows);
        Assert.Equal(("Alice", 42), (row[0].GetProperty("name").GetString(), row[0].GetProperty("age").GetInt32()));
        Assert.Equal(new Uri("http://127.0.0.1:7999/db/neo4j/tx/commit"), Assert.Single(edge.Commits).Request.RequestUri);
    }

    [Fact]
    public async Task Run_DocumentedTwoStatementCommit_ReturnsOneResultPerStatementInOrder()
    {
        using var host = new StoreHost(Url, edge: new DocumentedNeo4j5().Then("commit-two-statements.json"));

        var results = await host.Client.RunAsync([new CypherStatement("RETURN 1"), new CypherStatement("RETURN 2")], Ct);

        Assert.Equal([1L, 2L], results.Select(result => Assert.Single(result.Rows).Int64(0)));
    }

    [Theory]
    [InlineData("error-syntax.json", HttpStatusCode.OK, "Neo.ClientError.Statement.SyntaxError")]
    [InlineData("error-database-execution-failed.json", HttpStatusCode.OK, "Neo.DatabaseError.Statement.ExecutionFailed")]
    [InlineData("error-unauthorized-401.json", HttpStatusCode.Unauthorized, "http-401")]
    public async Task Run_DocumentedNonTransientError_FailsOnceWithItsCode(string file, HttpStatusCode status, string code)
    {
        var edge = new DocumentedNeo4j5().Then(file, status);
        using var host = new StoreHost(Url, FastRetries, edge);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => host.Client.RunAsync(new CypherStatement("RETURN 1"), Ct));

        Assert.Equal(code, error.Code);
        Assert.Single(edge.Commits);
        Assert.DoesNotContain(host.Logs.Messages, message => message.StartsWith("Retrying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_TransientErrorThenDocumentedCommit_RetriesTheSameBodyAndSucceeds()
    {
        var edge = new DocumentedNeo4j5().Then("constructed-error-transient-deadlock.json").Then("commit-merge.json");
        using var host = new StoreHost(Url, FastRetries, edge);

        var result = await host.Client.RunAsync(new CypherStatement("MERGE (n:Person {name: $name}) RETURN n", new { name = "Alice" }), Ct);

        Assert.Equal("Alice", Assert.Single(result.Rows)[0].GetProperty("name").GetString());
        Assert.Equal(2, edge.Commits.Count);
        Assert.Equal(edge.Commits[0].Body, edge.Commits[1].Body);
    }

    [Fact]
    public async Task Run_WriteThenRead_TheReadGoesAsAReadWithTheWritesBookmarks()
    {
        var edge = new DocumentedNeo4j5().Then("commit-merge.json");
        using var host = new StoreHost(Url, edge: edge);

        await host.Client.RunAsync(new CypherStatement("MERGE (n:Person {name: $name, age: $age}) RETURN n", new { name = "Alice", age = 42 }), Ct);
        await host.Client.RunAsync(new CypherStatement("MATCH (n:Person) RETURN n.name"), Ct);

        var (write, read) = (edge.Commits[0].Request, edge.Commits[1].Request);
        Assert.False(write.Headers.Contains("Access-Mode"));
        Assert.False(write.Headers.Contains("Bookmarks"));
        Assert.Equal(["READ"], read.Headers.GetValues("Access-Mode"));
        var bookmarks = JsonSerializer.Deserialize<string[]>(Assert.Single(read.Headers.GetValues("Bookmarks")))!;
        Assert.Equal(["FB:kcwQDqShCDLFSYyZ55XMZ6tffRuQ"], bookmarks); // commit-merge.json's lastBookmarks
    }

    [Fact]
    public async Task Run_NotALeaderThenDocumentedCommit_RetriesTheWriteAndSucceeds()
    {
        var edge = new DocumentedNeo4j5().Then("constructed-error-not-a-leader.json").Then("commit-merge.json");
        using var host = new StoreHost(Url, FastRetries, edge);

        var result = await host.Client.RunAsync(new CypherStatement("MERGE (n:Person {name: $name}) RETURN n", new { name = "Alice" }), Ct);

        Assert.Equal("Alice", Assert.Single(result.Rows)[0].GetProperty("name").GetString());
        Assert.Equal(2, edge.Commits.Count);
    }

    [Fact]
    public async Task Initialize_DocumentedNeo4j5_SendsThe4x5xDdlIncludingTheFullTextIndexOnePerTransaction()
    {
        var ddl = SchemaScript.Load("4x-5x");
        var edge = new DocumentedNeo4j5();
        foreach (var _ in ddl)
        {
            edge.Then("commit-bookmarks.json");
        }

        // The search statistics already exist (a count of 1), so no paper is counted again, and the word index is of
        // the current form, so no paper is indexed again.
        edge.Then("constructed-fulltext-papers-count.json").Then("constructed-search-stats-word-index.json");
        using var host = new StoreHost(Url, edge: edge);

        await host.Store.InitializeAsync(Ct);

        var sent = edge.Commits.Select(commit => Statements(commit.Body)).ToList();
        Assert.All(sent, statements => Assert.Single(statements));
        Assert.Equal(
            [.. ddl, "MATCH (s:SearchStats {key: 'papers'}) RETURN count(s)", "MATCH (s:SearchStats {key: 'papers'}) RETURN s.wordIndex"],
            sent.Select(statements => statements[0]));
        Assert.Contains(sent, statements => statements[0].StartsWith("CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract]", StringComparison.Ordinal));
        Assert.All(edge.Commits, commit => Assert.Equal("/db/neo4j/tx/commit", commit.Request.RequestUri!.AbsolutePath));
    }

    [Fact]
    public async Task QueryPapers_SearchOfCommonWordsOnNeo4j5_QueriesTheFullTextIndexAndReadsTheRows()
    {
        var edge = new DocumentedNeo4j5()
            .Then("constructed-search-term-statistics.json")
            .Then("constructed-papers-counted-page.json")
            .Then("constructed-fulltext-papers-count.json");
        using var host = new StoreHost(Url, edge: edge);
        var filter = new PaperFilter { Search = "Novel approach" }; // both words are left out of the word index

        var page = await host.Store.QueryPapersAsync(new PaperQuery(filter, PaperOrder.Relevance, 10), Ct);
        var count = await host.Store.CountPapersAsync(filter, Ct);

        var paper = Assert.Single(page.Items).Node;
        Assert.Equal(("arxiv:2501.00001", "Attention Is Still All You Need", 2), (paper.Id, paper.Title, paper.Authors.Count));
        Assert.False(page.HasNextPage);
        Assert.Equal(1, count);
        // The terms' statistics read the degree as 5.x writes it; the counted page and CountPapersAsync's count narrow
        // through the full-text index.
        Assert.Equal(3, edge.Commits.Count);
        Assert.Contains("COUNT { (w)<-[:HAS_WORD]-() }", Statements(edge.Commits[0].Body)[0], StringComparison.Ordinal);
        Assert.Contains("size(ranked) AS matched", Statements(edge.Commits[1].Body)[0], StringComparison.Ordinal);
        foreach (var (_, body) in edge.Commits.Skip(1))
        {
            using var request = JsonDocument.Parse(body);
            foreach (var statement in request.RootElement.GetProperty("statements").EnumerateArray())
            {
                Assert.Contains("CALL db.index.fulltext.queryNodes('paper_text', $lucene) YIELD node AS p\n", statement.GetProperty("statement").GetString()!, StringComparison.Ordinal);
                Assert.Equal("+novel +approach", statement.GetProperty("parameters").GetProperty("lucene").GetString());
            }
        }
    }

    [Fact]
    public async Task QueryPapers_SearchOfAnIndexedWordOnNeo4j5_StartsFromTheWordIndex()
    {
        var edge = new DocumentedNeo4j5().Then("constructed-search-term-statistics.json").Then("constructed-papers-counted-page.json");
        using var host = new StoreHost(Url, edge: edge);

        var page = await host.Store.QueryPapersAsync(new PaperQuery(new PaperFilter { Search = "Transformer attention" }, PaperOrder.Relevance, 10), Ct);

        Assert.Equal((1, 1L), (page.Items.Count, page.TotalCount));
        Assert.Equal(2, edge.Commits.Count);
        var statistics = Statements(edge.Commits[0].Body)[0];
        Assert.Contains("COUNT { (w)<-[:HAS_WORD]-() }", statistics, StringComparison.Ordinal);
        Assert.DoesNotContain("size((w)", statistics, StringComparison.Ordinal);
        // "attention" is held by fewer papers (80 against 120), so the page starts from its word-index entry.
        using var request = JsonDocument.Parse(edge.Commits[1].Body);
        var pageStatement = request.RootElement.GetProperty("statements")[0];
        Assert.StartsWith("MATCH (:PaperWord {word: $anchor})<-[h0:HAS_WORD]-(p:Paper)\n", pageStatement.GetProperty("statement").GetString()!, StringComparison.Ordinal);
        Assert.Equal("attention", pageStatement.GetProperty("parameters").GetProperty("anchor").GetString());
        Assert.DoesNotContain("fulltext", edge.Commits[1].Body, StringComparison.Ordinal);
    }

    private static List<string> Statements(string body)
    {
        using var request = JsonDocument.Parse(body);
        return request.RootElement.GetProperty("statements").EnumerateArray().Select(statement => statement.GetProperty("statement").GetString()!).ToList();
    }
}
