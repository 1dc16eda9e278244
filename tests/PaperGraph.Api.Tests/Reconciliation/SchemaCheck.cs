using System.Text.Json;
using System.Text.Json.Nodes;
using PaperGraph.Testing;

namespace PaperGraph.Api.Tests.Reconciliation;

/// <summary>
/// Validates documents against the W3C reconciliation JSON Schemas copied in <c>Specs/</c>, all in one run of
/// <c>Specs/validate.py</c> (Debian's python3-jsonschema, installed by deploy/ci/setup.sh).
/// </summary>
internal static class SchemaCheck
{
    public static string SpecsFolder => Path.Combine(AppContext.BaseDirectory, "Reconciliation", "Specs");

    /// <summary>The errors of each (schema, document) pair, in order; a schema path is relative to <c>Specs/</c>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Errors(params (string Schema, JsonNode Instance)[] cases)
    {
        ExternalTool.RequireModules("jsonschema");
        var file = Path.Combine(Path.GetTempPath(), $"papergraph-schema-{Guid.NewGuid():N}.json");
        try
        {
            var list = new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject { ["schema"] = c.Schema, ["instance"] = c.Instance.DeepClone() })]);
            File.WriteAllText(file, list.ToJsonString());
            var (exit, output, error) = ExternalTool.Run(ExternalTool.Python, [Path.Combine(SpecsFolder, "validate.py"), file]);
            Assert.True(exit == 0, $"validate.py failed: {error}");
            return JsonSerializer.Deserialize<List<List<string>>>(output)!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Asserts each document is valid, naming the schema and the errors when not.</summary>
    public static void Valid(params (string Schema, JsonNode Instance)[] cases)
    {
        var errors = Errors(cases);
        for (var i = 0; i < cases.Length; i++)
        {
            Assert.True(errors[i].Count == 0, $"{cases[i].Schema}: {string.Join("; ", errors[i])}\n{cases[i].Instance.ToJsonString()[..Math.Min(2_000, cases[i].Instance.ToJsonString().Length)]}");
        }
    }
}
