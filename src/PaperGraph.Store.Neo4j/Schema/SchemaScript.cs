using System.Reflection;

namespace PaperGraph.Store.Neo4j.Schema;

/// <summary>The embedded DDL of one version family (<c>schema/neo4j/{family}.cypher</c>), split into statements.</summary>
internal static class SchemaScript
{
    public static IReadOnlyList<string> Load(string family)
    {
        var name = $"PaperGraph.Store.Neo4j.Schema.{family}.cypher";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The schema resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Split(reader.ReadToEnd());
    }

    /// <summary>Statements end with <c>;</c>; whole-line <c>//</c> comments are dropped.</summary>
    public static IReadOnlyList<string> Split(string script)
    {
        var lines = script.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines)
            .Split(';')
            .Select(statement => statement.Trim())
            .Where(statement => statement.Length > 0)
            .ToList();
    }
}
