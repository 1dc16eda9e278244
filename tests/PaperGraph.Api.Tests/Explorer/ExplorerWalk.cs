using System.Text.Json.Nodes;

namespace PaperGraph.Api.Tests.Explorer;

/// <summary>
/// Runs <c>explorer-e2e.mjs</c> (headless Debian chromium through playwright-core, axe-core after each view)
/// against a host's base URL and returns its JSON summary. Screenshots land in the test output folder
/// under <c>explorer-screenshots/&lt;name&gt;</c>, kept as artefacts, never committed.
/// </summary>
internal static class ExplorerWalk
{
    private static readonly string Modules = Path.Combine(RepoRoot.Path, "deploy", "explorer", "node_modules");

    /// <summary>Why the walk cannot run here, or null.</summary>
    public static string? Missing() =>
        !File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium is not installed"
        : !Directory.Exists(Path.Combine(Modules, "playwright-core")) || !File.Exists(Path.Combine(Modules, "axe-core", "axe.min.js")) ? "playwright-core or axe-core is not installed"
        : !File.Exists(Path.Combine(RepoRoot.Path, "src", "PaperGraph.Api", "wwwroot", "explorer", "vendor", "cytoscape.esm.min.mjs")) ? "Cytoscape.js is not installed"
        : null;

    public static void SkipWhenMissing()
    {
        if (Missing() is { } missing)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{missing}: run deploy/browser/install.sh and deploy/explorer/install.sh");
            Assert.Skip($"{missing}: run deploy/browser/install.sh and deploy/explorer/install.sh to enable this test");
        }
    }

    public static async Task<(int ExitCode, JsonNode? Summary, string Errors, string ScreenshotDir)> RunAsync(string baseUrl, string name, string words)
    {
        var shots = Path.Combine(AppContext.BaseDirectory, "explorer-screenshots", name);
        var (exitCode, output, errors) = await NodeScript.RunAsync(
            Path.Combine("Explorer", "explorer-e2e.mjs"),
            Path.Combine(Modules, "playwright-core"), Path.Combine(Modules, "axe-core"), baseUrl, shots, words);
        return (exitCode, output.Length > 0 ? JsonNode.Parse(output) : null, errors, shots);
    }
}
