using PaperGraph.Store.Neo4j.Schema;
using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Store.Neo4j.Tests.Cypher5;

/// <summary>
/// Neo4j 5 readiness without a 5.x server: every statement the store sends while the whole contract suite runs on
/// the real test Neo4j (3.1), in the 4.x/5.x forms the store builds instead on those servers (the 4x-5x DDL, the
/// degree reads, the full-text search head), must pass Neo4j's own Cypher 5 linter with no error.
/// </summary>
public sealed class Cypher5LintTests(Neo4jServer server)
{
    // 67 forms when this was written (52 recorded, 15 added); far fewer means the recording broke, not that all is well.
    private const int MinimumDistinctStatements = 50;

    [Fact]
    public async Task EveryStatementTheStoreSends_PassesTheCypher5Linter()
    {
        server.RequireReachable();
        var recorder = new StatementRecorder();
        var ran = await ContractSuite.RunAllAsync(() => new RecordedContractTests(server, recorder));

        var statements = Cypher5Statements(recorder.Sent);
        var verdicts = CypherLinter.Lint(statements);

        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"{ran} contract cases sent {recorder.Sent.Count} statements, {statements.Count} distinct forms linted as Cypher 5.");
        foreach (var (statement, verdict) in statements.Zip(verdicts).Where(pair => pair.Second.Warnings.Count > 0))
        {
            output.WriteLine($"Warnings {string.Join("; ", verdict.Warnings)} in:\n{statement.Statement}\n");
        }

        var rejected = statements.Zip(verdicts)
            .Where(pair => pair.Second.Errors.Count > 0)
            .Select(pair => $"{string.Join("; ", pair.Second.Errors)}\n  in: {pair.First.Statement}")
            .ToList();
        Assert.True(rejected.Count == 0, $"The Cypher 5 linter rejected {rejected.Count} statement(s):\n" + string.Join("\n\n", rejected));
        Assert.True(statements.Count >= MinimumDistinctStatements, $"Only {statements.Count} distinct statements were recorded; expected at least {MinimumDistinctStatements}.");
    }

    /// <summary>
    /// What a 5.x server would receive: the recorded statements less 3.x's DDL, each in its 5.x form (with the same
    /// parameters), plus the 4x-5x DDL.
    /// </summary>
    private static List<SentStatement> Cypher5Statements(IReadOnlyList<SentStatement> sent)
    {
        var threeOnly = SchemaScript.Load("3x").ToHashSet(StringComparer.Ordinal);
        var distinct = sent
            .Where(statement => !threeOnly.Contains(statement.Statement))
            .DistinctBy(statement => (statement.Statement, string.Join(",", statement.Parameters)))
            .ToList();
        Assert.True(sent.Any(statement => threeOnly.Contains(statement.Statement)), "The 3.x schema was never sent: was the store initialised?");

        var fiveOnly = SchemaScript.Load("4x-5x").Select(ddl => new SentStatement(ddl, [])).ToList();

        // Search and the relink candidates read a word's degree with size() of a pattern before 5, COUNT {} on 5, and a
        // search of common words only goes through the full-text index on 4.x/5.x instead of testing every paper.
        foreach (var (before5, five) in Neo4jGraphStore.Cypher5Forms)
        {
            Assert.True(distinct.Any(statement => statement.Statement.StartsWith(before5, StringComparison.Ordinal)), $"The contract suite never sent a statement starting with:\n{before5}");
            distinct = [.. distinct.Select(statement => statement.Statement.StartsWith(before5, StringComparison.Ordinal)
                ? statement with { Statement = five + statement.Statement[before5.Length..] }
                : statement)];
        }

        return [.. distinct, .. fiveOnly];
    }
}
