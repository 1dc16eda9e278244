using System.Text;
using System.Text.Json;
using PaperGraph.Testing;

namespace PaperGraph.Cli.Tests;

/// <summary>A Neo4j that ends a command's transaction ends the command with one line saying why, never a stack trace.</summary>
public sealed class Neo4jStoreFailureTests(CliTimeoutNeo4jServer server) : IClassFixture<CliTimeoutNeo4jServer>
{
    [Fact]
    public async Task Ingest_BatchPastNeo4jsTransactionTimeout_OneLineNoStackExitOne()
    {
        server.RequireStarted();
        using var temp = new TempDirectory();
        var listing = temp.File("papers.jsonl");
        await File.WriteAllTextAsync(listing, PapersOfManyWords(papers: 500, words: 400), TestContext.Current.CancellationToken);

        var ingest = await CliRun.RunAsync(["ingest", listing, "--store", "neo4j", "--neo4j-url", server.Url]);

        Assert.Equal(1, ingest.ExitCode);
        var line = Assert.Single(ingest.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        // Usually the first batch passes the limit; on a loaded machine opening the store may, and the line says so first.
        Assert.Matches("^(Neo4j stopped|Cannot open the Neo4j store at [^ ]+: Neo4j stopped) the transaction at its time limit, dbms.transaction.timeout", line);
        Assert.DoesNotContain("   at ", ingest.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// One store batch (500 papers) whose word index alone is 200,000 MERGEs: seconds of work for Neo4j, past its one-second
    /// limit. Words and ids are new on every run, so a paper stored by an earlier run never makes the write a no-op.
    /// </summary>
    private static string PapersOfManyWords(int papers, int words)
    {
        var random = new Random();
        var listing = new StringBuilder();
        for (var paper = 0; paper < papers; paper++)
        {
            var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => new string(random.GetItems<char>("abcdefghijklmnopqrstuvwxyz", 8))));
            var arxivId = $"2401.{random.Next(10_000, 100_000)}";
            listing.AppendLine(JsonSerializer.Serialize(new { title = $"Paper {paper} {text[..40]}", @abstract = text, arxivId }));
        }

        return listing.ToString();
    }
}
