namespace PaperGraph.Testing.Neo4j;

/// <summary>
/// A test Neo4j of its own with <c>dbms.transaction.timeout=1s</c> (instance <c>tx-timeout</c>; another test project
/// derives its own name). Not the shared server: 3.1 reads the timeout only at start (it has no
/// <c>dbms.setConfigValue</c>, and the HTTP API no per-transaction timeout), and one second would cut the suite's large
/// reads and writes there. Small heap and page cache: it holds only what a test inserts.
/// </summary>
public class TimeoutNeo4jServer : OwnNeo4jServer
{
    public TimeoutNeo4jServer()
        : this("tx-timeout")
    {
    }

    /// <param name="instance">start.sh's <c>NEO4J_INSTANCE</c>: letters, digits and '-'.</param>
    protected TimeoutNeo4jServer(string instance)
        : base(instance, new Dictionary<string, string>
        {
            ["NEO4J_EXTRA_CONF"] = "dbms.transaction.timeout=1s",
            ["NEO4J_HEAP"] = "256m",
            ["NEO4J_PAGECACHE"] = "16m",
        })
    {
    }

    /// <summary>The server's <c>dbms.transaction.timeout</c>.</summary>
    public TimeSpan Timeout { get; } = TimeSpan.FromSeconds(1);
}
