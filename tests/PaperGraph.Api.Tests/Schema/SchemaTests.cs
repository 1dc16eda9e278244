using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Api.Schema;

namespace PaperGraph.Api.Tests.Schema;

public sealed class SchemaTests(ApiFixture api)
{
    private static readonly string SchemaFile = Path.Combine(RepoRoot.Path, "schema", "schema.graphql");

    /// <summary>Fails when code and <c>schema/schema.graphql</c> differ; run with PAPERGRAPH_UPDATE_SCHEMA=1 to rewrite the file.</summary>
    [Fact]
    public void Print_CheckedInSchema_MatchesCode()
    {
        var printed = Printed();
        if (Environment.GetEnvironmentVariable("PAPERGRAPH_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaFile, printed);
        }

        Assert.True(File.Exists(SchemaFile), "schema/schema.graphql is missing; run the tests with PAPERGRAPH_UPDATE_SCHEMA=1.");
        Assert.Equal(File.ReadAllText(SchemaFile).ReplaceLineEndings("\n"), printed);
    }

    [Fact]
    public void Schema_EveryTypeFieldAndArgument_HasADescription()
    {
        var schema = api.Services.GetRequiredService<PaperGraphSchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }

                    missing.AddRange((field.Arguments ?? []).Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})"));
                }
            }
        }

        Assert.Empty(missing);
    }

    private string Printed()
    {
        var schema = api.Services.GetRequiredService<PaperGraphSchema>();
        return schema.Print(new PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
