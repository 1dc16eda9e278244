using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Cli.Tests;

/// <summary>The CLI tests' own Neo4j for writers that run at once: an instance apart from every other test server.</summary>
public sealed class CliWritersNeo4jServer() : OwnNeo4jServer("cli-writers", new Dictionary<string, string> { ["NEO4J_HEAP"] = "512m", ["NEO4J_PAGECACHE"] = "64m" });
