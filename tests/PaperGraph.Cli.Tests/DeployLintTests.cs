using System.Diagnostics;
using PaperGraph.Testing;

namespace PaperGraph.Cli.Tests;

/// <summary>
/// The deploy files (Dockerfile, compose file, Kubernetes manifests) pass their linters: deploy/docker/lint.sh
/// runs dockerfile-utils, dclint and a kubernetes-models schema check, installed by deploy/lint/install.sh.
/// </summary>
public sealed class DeployLintTests
{
    [Fact]
    public async Task DeployLint_RepositoryDeployFiles_HaveNoFindings()
    {
        var root = RepositoryRoot();
        var install = await RunAsync(root, "bash", "deploy/lint/install.sh");
        Assert.True(install.ExitCode == 0, $"deploy/lint/install.sh failed: {install.Output}");

        var lint = await RunAsync(root, "bash", "deploy/docker/lint.sh");

        Assert.True(lint.ExitCode == 0, $"deploy lint found problems:\n{lint.Output}");
        Assert.Contains("deploy: lint ok", lint.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeployLint_KubernetesObjectAgainstSchema_FailsOnWrongType()
    {
        var root = RepositoryRoot();
        Assert.Equal(0, (await RunAsync(root, "bash", "deploy/lint/install.sh")).ExitCode);
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp.File("hpa.yaml"), """
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: broken
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
              minReplicas: two
              maxReplicas: 4
            """, TestContext.Current.CancellationToken);

        var result = await RunAsync(root, "node", "deploy/lint/validate-k8s.mjs", temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("minReplicas must be integer", result.Output, StringComparison.Ordinal);
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

    private static async Task<(int ExitCode, string Output)> RunAsync(string root, string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3)); // a first install downloads from npm
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
