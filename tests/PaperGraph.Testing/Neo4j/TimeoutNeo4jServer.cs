using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PaperGraph.Testing.Neo4j;

/// <summary>
/// A test Neo4j of its own with <c>dbms.transaction.timeout=1s</c>: deploy/neo4j-test/start.sh's instance
/// <c>tx-timeout</c> (its own install copy, data and conf) on two free ports from 7674, stopped when the tests using it end.
/// Another test project derives its own instance name, so projects run side by side never share (and stop) one server.
/// Not the shared server: 3.1 reads the timeout only at start (it has no <c>dbms.setConfigValue</c>, and the HTTP API
/// no per-transaction timeout), and one second would cut the suite's large reads and writes there. Small heap and
/// page cache: it holds only what a test inserts. Skips when it cannot start, except under <c>CI=true</c>.
/// </summary>
public class TimeoutNeo4jServer : IAsyncLifetime
{
    private readonly string _instance;
    private DeployScripts? _started;
    private string? _unavailableReason;

    public TimeoutNeo4jServer()
        : this("tx-timeout")
    {
    }

    /// <param name="instance">start.sh's <c>NEO4J_INSTANCE</c>: letters, digits and '-'.</param>
    protected TimeoutNeo4jServer(string instance) => _instance = instance;

    /// <summary>The server's <c>dbms.transaction.timeout</c>.</summary>
    public TimeSpan Timeout { get; } = TimeSpan.FromSeconds(1);

    public string Url { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var (http, bolt) = FreePorts();
        var scripts = DeployScripts.Find().ForInstance(_instance, new Dictionary<string, string>
        {
            ["NEO4J_EXTRA_CONF"] = "dbms.transaction.timeout=1s",
            ["NEO4J_HEAP"] = "256m",
            ["NEO4J_PAGECACHE"] = "16m",
            ["NEO4J_HTTP_PORT"] = http.ToString(CultureInfo.InvariantCulture),
            ["NEO4J_BOLT_PORT"] = bolt.ToString(CultureInfo.InvariantCulture),
        });
        var (url, output) = await scripts.TryStartAsync(TestContext.Current.CancellationToken);
        if (url is null)
        {
            _unavailableReason = $"deploy/neo4j-test/start.sh could not start the {_instance} Neo4j: {string.Join(" | ", output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(3))}";
            return;
        }

        _started = scripts;
        Url = url.TrimEnd('/');
    }

    /// <summary>Skips (or under CI fails) the calling test when the server did not start.</summary>
    public void RequireStarted()
    {
        if (_unavailableReason is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(_unavailableReason);
        }

        Assert.Skip(_unavailableReason);
    }

    public async ValueTask DisposeAsync()
    {
        if (_started is not null)
        {
            await _started.StopAsync(CancellationToken.None);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Two ports nothing listens on now, the first free from 7674 up: well above the shared server's 7474 and 7687 (start.sh
    /// moves those up one at a time while busy), and outside the kernel's ephemeral range, where tests open throwaway
    /// listeners (the instance's conf keeps its port after it stops, and a port in a conf counts as start.sh's own).
    /// </summary>
    private static (int Http, int Bolt) FreePorts()
    {
        var http = FirstFreeFrom(7674);
        return (http, FirstFreeFrom(http + 1));
    }

    private static int FirstFreeFrom(int port)
    {
        for (; ; port++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            try
            {
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // busy: the next one
            }
        }
    }
}
