using System.Diagnostics;

namespace PaperGraph.Testing.Neo4j;

/// <summary>The repository's <c>deploy/neo4j-test</c> scripts, to stop and start the test server from a test.</summary>
public sealed class DeployScripts
{
    private readonly string _folder;

    private DeployScripts(string folder) => _folder = folder;

    public static DeployScripts Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperGraph.sln")))
            {
                return new DeployScripts(Path.Combine(dir.FullName, "deploy", "neo4j-test"));
            }
        }

        throw new InvalidOperationException("PaperGraph.sln not found above the test binaries.");
    }

    /// <summary>True when the server at <paramref name="url"/> is the one these scripts installed (same HTTP port).</summary>
    public bool ManagesServerAt(string url)
    {
        var conf = Directory.Exists(Path.Combine(_folder, ".install"))
            ? Directory.EnumerateFiles(Path.Combine(_folder, ".install"), "neo4j.conf", SearchOption.AllDirectories).FirstOrDefault(path => path.Contains("/conf/", StringComparison.Ordinal))
            : null;
        return conf is not null
            && File.ReadLines(conf).Contains($"dbms.connector.http.listen_address=:{new Uri(url).Port}");
    }

    public Task StopAsync(CancellationToken cancellationToken) => RunAsync("stop.sh", cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => RunAsync("start.sh", cancellationToken);

    /// <summary>Runs start.sh; returns the URL it printed, or null with what it said when it failed.</summary>
    public async Task<(string? Url, string Output)> TryStartAsync(CancellationToken cancellationToken)
    {
        var (exitCode, output) = await RunScriptAsync("start.sh", cancellationToken);
        var url = output.Split('\n').Select(line => line.Trim()).LastOrDefault(line => line.StartsWith("NEO4J_URL=", StringComparison.Ordinal));
        return (exitCode == 0 && url is not null ? url["NEO4J_URL=".Length..] : null, output);
    }

    private async Task RunAsync(string script, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await RunScriptAsync(script, cancellationToken);
        Assert.True(exitCode == 0, $"{script} failed ({exitCode}): {output}");
    }

    private async Task<(int ExitCode, string Output)> RunScriptAsync(string script, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("bash", [Path.Combine(_folder, script)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(4)); // a first start installs from npm
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
