using PaperGraph.Store.Neo4j.Schema;
using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Store.Neo4j.Tests.Cypher5;

/// <summary>
/// Neo4j 5 readiness without a 5.x server: every statement the store sends while the whole contract suite runs on
/// the real test Neo4j (3.1), plus the 4.x/5.x forms the store builds instead on those servers (the 4x-5x DDL, the
/// full-text search head), must pass Neo4j's own Cypher 5 linter with no error.
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
    /// What a 5.x server would receive: the recorded statements less 3.x's DDL, plus the 4x-5x DDL and the
    /// full-text head of each paper-list statement, sent with the same parameters as its recorded scan form, and
    /// the candidates statement in its 5.x form.
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
        foreach (var (scan, fullText) in Neo4jGraphStore.PaperStatementForms)
        {
            var forms = distinct.Where(statement => statement.Statement == scan).ToList();
            Assert.True(forms.Count > 0, $"The contract suite never sent this paper-list statement, so its full-text form has no parameters to lint with:\n{scan}");
            fiveOnly.AddRange(forms.Select(form => form with { Statement = fullText }).DistinctBy(form => string.Join(",", form.Parameters)));
        }

        // The relink candidates statement reads a word's degree with size() of a pattern before 5, COUNT {} on 5.
        var (before5, five) = Neo4jGraphStore.PaperIdsWithWordsForms;
        Assert.True(distinct.Any(statement => statement.Statement == before5), $"The contract suite never sent the candidates statement:\n{before5}");
        distinct = [.. distinct.Select(statement => statement.Statement == before5 ? statement with { Statement = five } : statement)];
        return [.. distinct, .. fiveOnly];
    }
}
