using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Store.Neo4j.Tests.Cypher5;

/// <summary>
/// Cluster routing: the store marks a transaction that only reads with <c>Access-Mode: READ</c>, so any cluster member
/// may answer it. Over the whole store contract on the real test Neo4j, the server's own update statistics must show
/// that no statement sent as a read changed anything, and reads and writes must both occur.
/// </summary>
public sealed class AccessModeTests(Neo4jServer server)
{
    [Fact]
    public async Task EveryTransactionSentAsARead_UpdatedNothing()
    {
        server.RequireReachable();
        var recorder = new StatementRecorder();
        await ContractSuite.RunAllAsync(() => new RecordedContractTests(server, recorder));

        var reads = recorder.Sent.Where(statement => statement.ReadOnly).ToList();
        var writes = recorder.Sent.Where(statement => !statement.ReadOnly).ToList();
        Assert.All(reads, read => Assert.NotNull(read.Updated));
        var wrote = reads.Where(read => read.Updated == true).Select(read => read.Statement).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(wrote.Count == 0, "Sent as reads, these statements updated the graph:\n" + string.Join("\n\n", wrote));
        Assert.True(reads.Count >= 100 && writes.Count >= 100, $"{reads.Count} statements went as reads and {writes.Count} as writes: the suite should send many of each.");
        Assert.Contains(writes, write => write.Statement.Contains("MERGE", StringComparison.Ordinal));
    }
}
