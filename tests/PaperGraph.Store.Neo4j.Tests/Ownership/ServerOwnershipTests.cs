using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PaperGraph.Testing;
using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Store.Neo4j.Tests.Ownership;

/// <summary>
/// The tests empty the Neo4j they use, so they must only ever use one NEO4J_URL names or one deploy/neo4j-test
/// started, never whatever answers on a port.
/// </summary>
public sealed class ServerOwnershipTests(Neo4jServer server)
{
    [Fact]
    public void MayUse_AServerOnAPortStartShDidNotConfigure_IsRefusedUnlessNamed()
    {
        using var foreign = new TcpListener(IPAddress.Loopback, 0);
        foreign.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)foreign.LocalEndpoint).Port}";

        Assert.False(Neo4jServer.MayUse(url, namedByUser: false, DeployScripts.Find()));
        Assert.True(Neo4jServer.MayUse(url, namedByUser: true, DeployScripts.Find()));
    }

    [Fact]
    public void MayUse_TheServerTheFixtureChose_IsStartShsOwnWhenNoneIsNamed()
    {
        server.RequireReachable();
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_URL")))
        {
            Assert.Skip("NEO4J_URL names the server; the fixture did not choose it.");
        }

        Assert.True(Neo4jServer.MayUse(server.Url, namedByUser: false, DeployScripts.Find()));
    }

    [Fact]
    public void ServerRunning_PidFileOfAProcessNotStartedFromThisInstall_IsNotRunning()
    {
        // A copied install keeps the pid file of the server it was copied from; `neo4j status` alone says "running".
        using var home = new TempDirectory();
        var neo4jHome = FakeInstall(home.Path);
        File.WriteAllText(Path.Combine(neo4jHome, "run", "neo4j.pid"), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, ServerRunning(neo4jHome));
    }

    [Fact]
    public void ServerRunning_PidFileOfAProcessStartedFromThisInstall_IsRunning()
    {
        using var home = new TempDirectory();
        var neo4jHome = FakeInstall(home.Path);
        var serve = Path.Combine(neo4jHome, "bin", "serve.sh");
        File.WriteAllText(serve, "sleep 60\n");
        using var process = Process.Start("bash", [serve]);
        try
        {
            File.WriteAllText(Path.Combine(neo4jHome, "run", "neo4j.pid"), process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal(0, ServerRunning(neo4jHome));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>An install whose <c>bin/neo4j status</c> always claims a running server.</summary>
    private static string FakeInstall(string root)
    {
        var neo4jHome = Path.Combine(root, "neo4j-community-3.1.1");
        Directory.CreateDirectory(Path.Combine(neo4jHome, "bin"));
        Directory.CreateDirectory(Path.Combine(neo4jHome, "run"));
        var neo4j = Path.Combine(neo4jHome, "bin", "neo4j");
        File.WriteAllText(neo4j, "#!/bin/sh\nexit 0\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(neo4j, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return neo4jHome;
    }

    private static int ServerRunning(string neo4jHome)
    {
        var common = Path.Combine(RepositoryRoot(), "deploy", "neo4j-test", "common.sh");
        var (exitCode, _, error) = ExternalTool.Run("bash", ["-c", "source \"$1\"; NEO4J_HOME=\"$2\"; server_running", "bash", common, neo4jHome]);
        Assert.True(exitCode is 0 or 1, error);
        return exitCode;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PaperGraph.sln not found above the test binaries.");
    }
}
