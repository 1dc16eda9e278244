namespace PaperGraph.Api.Tests.Explorer;

/// <summary>
/// The explorer's build output (<c>wwwroot/explorer/dist</c>): the page and the bundle that
/// <c>deploy/explorer/bundle.mjs</c> makes from the source modules with esbuild, and a way to make them again.
/// </summary>
internal static class ExplorerBundle
{
    public static string WebRoot { get; } = Path.Combine(RepoRoot.Path, "src", "PaperGraph.Api", "wwwroot");

    private static readonly string Deploy = Path.Combine(RepoRoot.Path, "deploy", "explorer");

    /// <summary>Why the bundle cannot be checked here, or null.</summary>
    public static string? Missing() =>
        !Directory.Exists(Path.Combine(Deploy, "node_modules", "esbuild")) ? "esbuild is not installed"
        : !File.Exists(Path.Combine(WebRoot, "explorer", "dist", "index.html")) ? "the explorer is not bundled"
        : null;

    public static void SkipWhenMissing()
    {
        if (Missing() is { } missing)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{missing}: run deploy/explorer/install.sh");
            Assert.Skip($"{missing}: run deploy/explorer/install.sh (the API's build does) to enable this test");
        }
    }

    /// <summary>Bundles the source modules as the build does, into <paramref name="outDir"/>.</summary>
    public static async Task BuildAsync(string outDir)
    {
        var (exitCode, output, errors) = await NodeScript.RunAsync(Path.Combine(Deploy, "bundle.mjs"), outDir);
        Assert.True(exitCode == 0, $"bundle.mjs failed: {output}\n{errors}");
    }
}
