using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Cli.Tests;

/// <summary>
/// The CLI tests' own Neo4j with a one-second transaction timeout: an instance apart from the Neo4j tests' one, which
/// they stop when they end, and from the shared test server, which these tests never touch.
/// </summary>
public sealed class CliTimeoutNeo4jServer() : TimeoutNeo4jServer("cli-tx-timeout");
