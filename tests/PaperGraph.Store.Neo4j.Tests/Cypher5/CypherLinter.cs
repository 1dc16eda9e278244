using System.Text.Json;
using PaperGraph.Testing;

namespace PaperGraph.Store.Neo4j.Tests.Cypher5;

/// <summary>
/// Neo4j's own Cypher 5 linter (npm <c>@neo4j-cypher/language-support</c>), run by <c>deploy/cypher-lint/lint.mjs</c>
/// with node. When it is not installed the test is skipped with the reason, except under <c>CI=true</c>, where it fails.
/// </summary>
internal static class CypherLinter
{
    public sealed record Verdict(IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);

    public static IReadOnlyList<Verdict> Lint(IReadOnlyList<SentStatement> statements)
    {
        var folder = Folder();
        RequireInstalled(folder);
        var input = Path.Combine(Path.GetTempPath(), $"papergraph-cypher-lint-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(input, JsonSerializer.Serialize(statements.Select(s => new { statement = s.Statement, parameters = s.Parameters })));
            var (exitCode, output, error) = ExternalTool.Run("node", [Path.Combine(folder, "lint.mjs"), input]);
            Assert.True(exitCode == 0, $"lint.mjs failed ({exitCode}): {error}");
            var verdicts = JsonSerializer.Deserialize<List<Verdict>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            Assert.Equal(statements.Count, verdicts.Count);
            return verdicts;
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static void RequireInstalled(string folder)
    {
        if (File.Exists(Path.Combine(folder, "node_modules", "@neo4j-cypher", "language-support", "package.json")))
        {
            return;
        }

        const string Reason = "The Cypher linter is not installed: run deploy/cypher-lint/install.sh (deploy/ci/setup.sh does).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Reason);
        }

        Assert.Skip(Reason);
    }

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperGraph.sln")))
            {
                return Path.Combine(dir.FullName, "deploy", "cypher-lint");
            }
        }

        throw new InvalidOperationException("PaperGraph.sln not found above the test binaries.");
    }
}
