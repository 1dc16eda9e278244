using System.Diagnostics;

namespace PaperGraph.Api.Tests.Infrastructure;

/// <summary>Runs one of the tests' or deploy scripts' node scripts with the npm packages a deploy script installed.</summary>
internal static class NodeScript
{
    /// <summary>Skips the test (fails it under CI=true) when node or the packages are missing.</summary>
    public static void RequireInstalled(string modulesDir, string installScript)
    {
        var missing = !Directory.Exists(modulesDir) ? $"{modulesDir} is missing" : null;
        if (missing is not null)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{missing}: run {installScript}");
            Assert.Skip($"{missing}: run {installScript} to enable this test");
        }
    }

    /// <summary>Runs <paramref name="script"/> (under the test output folder, or an absolute path) to its end.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(AppContext.BaseDirectory, script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (node.ExitCode, await output, await errors);
    }
}
