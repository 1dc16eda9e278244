using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PaperGraph.Testing.Neo4j;

/// <summary>
/// A test Neo4j of its own: deploy/neo4j-test/start.sh's instance of that name (its own install copy, data and conf) on
/// two free ports, stopped when the tests using it end. Each test project derives its own instance names, so projects
/// run side by side never share (and stop) one server, and never touch the shared test server. Each instance looks for
/// ports from its own base (derived from its name), so two instances starting at the same moment do not pick the same
/// free port. Skips when it cannot start, except under <c>CI=true</c>.
/// </summary>
public class OwnNeo4jServer : IAsyncLifetime
{
    private readonly string _instance;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private DeployScripts? _started;
    private string? _unavailableReason;

    /// <param name="instance">start.sh's <c>NEO4J_INSTANCE</c>: letters, digits and '-'.</param>
    /// <param name="settings">start.sh's environment for it: NEO4J_HEAP, NEO4J_PAGECACHE, NEO4J_EXTRA_CONF.</param>
    protected OwnNeo4jServer(string instance, IReadOnlyDictionary<string, string> settings) => (_instance, _settings) = (instance, settings);

    public string Url { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var (http, bolt) = FreePorts(_instance);
        var environment = new Dictionary<string, string>(_settings)
        {
            ["NEO4J_HTTP_PORT"] = http.ToString(CultureInfo.InvariantCulture),
            ["NEO4J_BOLT_PORT"] = bolt.ToString(CultureInfo.InvariantCulture),
        };
        var scripts = DeployScripts.Find().ForInstance(_instance, environment);
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
    /// Two ports nothing listens on now, the first free from the instance's base up: 7674 plus 8 ports per step of a
    /// checksum of its name, well above the shared server's 7474 and 7687 (start.sh moves those up one at a time while
    /// busy), and outside the kernel's ephemeral range, where tests open throwaway listeners (the instance's conf keeps
    /// its port after it stops, and a port in a conf counts as start.sh's own).
    /// </summary>
    private static (int Http, int Bolt) FreePorts(string instance)
    {
        var http = FirstFreeFrom(7674 + (8 * (instance.Sum(ch => ch) % 64)));
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
