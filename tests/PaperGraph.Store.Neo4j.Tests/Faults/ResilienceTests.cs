using System.Net;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Neo4j.Tests.Server;
using PaperGraph.Testing.Contract;

namespace PaperGraph.Store.Neo4j.Tests.Faults;

/// <summary>How the store meets a failing Neo4j, through a fake at the HTTP edge.</summary>
public sealed class ResilienceTests
{
    private const string Url = "http://127.0.0.1:7999";

    private static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["MaxRetries"] = "3",
        ["RetryBaseDelay"] = "00:00:00.010",
        ["RequestTimeout"] = "00:00:01",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PaperRecord[] OnePaper => [TestData.Record(TestData.Paper("title:retry", "Retry me"))];

    [Fact]
    public async Task UpsertPapers_DeadlockThenSuccess_RetriesAndSucceeds()
    {
        var edge = new FakeNeo4jEdge(FakeNeo4jEdge.Root3x)
            .Then(() => FakeNeo4jEdge.Error("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[3] can't acquire ExclusiveLock"));
        using var host = new StoreHost(Url, FastRetries, edge);

        var outcomes = await host.Store.UpsertPapersAsync(OnePaper, Ct);

        Assert.Equal(UpsertResult.Created, Assert.Single(outcomes).Result);
        Assert.Equal(3, edge.Commits.Count); // the stored-dates read, its retry, then the write
        Assert.Equal(edge.Commits[0].Body, edge.Commits[1].Body);
        Assert.Contains(host.Logs.Messages, message => message.StartsWith("Retrying Neo4j call 1 after", StringComparison.Ordinal)
            && message.EndsWith("because Neo.TransientError.Transaction.DeadlockDetected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpsertPapers_SyntaxError_IsNotRetriedAndHidesNeo4jText()
    {
        const string Neo4jText = "Invalid input 'X': expected <init> (line 1, column 1)\n\tat org.neo4j.cypher.internal.Parser.parse(Parser.java:42)";
        var edge = new FakeNeo4jEdge(FakeNeo4jEdge.Root3x)
            .Then(() => FakeNeo4jEdge.Error("Neo.ClientError.Statement.SyntaxError", Neo4jText));
        using var host = new StoreHost(Url, FastRetries, edge);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => host.Store.UpsertPapersAsync(OnePaper, Ct));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.DoesNotContain("Invalid input", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("org.neo4j", error.ToString(), StringComparison.Ordinal);
        Assert.Single(edge.Commits);
        Assert.DoesNotContain(host.Logs.Messages, message => message.StartsWith("Retrying", StringComparison.Ordinal));
    }

    /// <summary>What Neo4j answers at its transaction timeout: 3.2 and later (5.x's text), and 3.1's two answers, its guard's and its monitor's.</summary>
    [Theory]
    [InlineData("Neo.ClientError.Transaction.TransactionTimedOut", "The transaction has not completed within the specified timeout (db.transaction.timeout). You may want to retry with a longer timeout.")]
    [InlineData("Neo.DatabaseError.Statement.ExecutionFailed", "Transaction timeout. (Overtime: 3 ms).")]
    [InlineData("Neo.DatabaseError.Statement.ExecutionFailed", "The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. The transaction has not completed within the specified timeout. You may want to retry with a longer timeout. ")]
    public async Task UpsertPapers_TransactionTimedOut_ThrowsTimeoutWithoutRetrying(string code, string message)
    {
        var edge = new FakeNeo4jEdge(FakeNeo4jEdge.Root3x).Then(() => FakeNeo4jEdge.Error(code, message));
        using var host = new StoreHost(Url, FastRetries, edge);

        var error = await Assert.ThrowsAsync<Neo4jTransactionTimeoutException>(() => host.Store.UpsertPapersAsync(OnePaper, Ct));

        Assert.Equal(code, error.Code);
        Assert.DoesNotContain("retry", error.Message, StringComparison.OrdinalIgnoreCase); // Neo4j's text stays in the log
        Assert.Single(edge.Commits);
        Assert.DoesNotContain(host.Logs.Messages, logged => logged.StartsWith("Retrying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpsertPapers_ExecutionFailedForAnotherReason_StaysAQueryError()
    {
        var edge = new FakeNeo4jEdge(FakeNeo4jEdge.Root3x)
            .Then(() => FakeNeo4jEdge.Error("Neo.DatabaseError.Statement.ExecutionFailed", "java.lang.OutOfMemoryError: Java heap space"));
        using var host = new StoreHost(Url, FastRetries, edge);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => host.Store.UpsertPapersAsync(OnePaper, Ct));

        Assert.Equal("Neo.DatabaseError.Statement.ExecutionFailed", error.Code);
        Assert.Single(edge.Commits);
    }

    [Fact]
    public async Task UpsertPapers_ServiceUnavailableTwice_RetriesAndSucceeds()
    {
        var edge = new FakeNeo4jEdge(FakeNeo4jEdge.Root3x)
            .Then(() => FakeNeo4jEdge.Status(HttpStatusCode.ServiceUnavailable), () => FakeNeo4jEdge.Status(HttpStatusCode.BadGateway));
        using var host = new StoreHost(Url, FastRetries, edge);

        var outcomes = await host.Store.UpsertPapersAsync(OnePaper, Ct);

        Assert.Single(outcomes);
        Assert.Equal(4, edge.Commits.Count); // the stored-dates read three times, then the write
        Assert.Contains(host.Logs.Messages, message => message.EndsWith("because http-503", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpsertPapers_ConnectionRefusedUntilRetriesAreSpent_ThrowsUnavailableNamingTheUrl()
    {
        var edge = new FakeNeo4jEdge(FakeNeo4jEdge.Root3x).Then(Enumerable.Repeat(FakeNeo4jEdge.Refused(), 10).ToArray());
        using var host = new StoreHost(Url, FastRetries, edge);

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => host.Store.UpsertPapersAsync(OnePaper, Ct));

        Assert.Contains(Url, error.Message, StringComparison.Ordinal);
        Assert.Equal(4, edge.Commits.Count);
    }

    [Fact]
    public async Task UpsertPapers_TransientErrorEveryTime_GivesUpWithTheTransientCode()
    {
        var edge = new FakeNeo4jEdge(FakeNeo4jEdge.Root3x)
            .Then(Enumerable.Repeat(() => FakeNeo4jEdge.Error("Neo.TransientError.General.DatabaseUnavailable", "db is down: java.lang.Exception"), 10).ToArray());
        using var host = new StoreHost(Url, FastRetries, edge);

        var error = await Assert.ThrowsAsync<Neo4jTransientException>(() => host.Store.UpsertPapersAsync(OnePaper, Ct));

        Assert.Equal("Neo.TransientError.General.DatabaseUnavailable", error.Code);
        Assert.DoesNotContain("java.lang", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, edge.Commits.Count);
    }

    [Fact]
    public async Task UpsertPapers_ServerNeverAnswers_TimesOutEachAttemptAndThrowsUnavailable()
    {
        var edge = new FakeNeo4jEdge(FakeNeo4jEdge.Root3x) { CommitDelay = TimeSpan.FromMinutes(1) };
        using var host = new StoreHost(Url, new Dictionary<string, string?>(FastRetries) { ["MaxRetries"] = "1" }, edge);

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => host.Store.UpsertPapersAsync(OnePaper, Ct));

        Assert.Contains("did not answer within", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, edge.Commits.Count);
        Assert.Contains(host.Logs.Messages, message => message.EndsWith("because timeout", StringComparison.Ordinal));
    }
}
