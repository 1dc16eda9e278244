using System.Diagnostics;

namespace PaperGraph.Benchmarks.Explorer;

/// <summary>
/// <c>explorer --api URL [--samples N]</c>: against a running host (any store), first paint of the explorer's
/// search page and of a paper page in headless Debian chromium, cold and warm, and the page weight of the
/// explorer's assets; <c>explorer-paint.mjs</c> drives the browser with playwright-core from deploy/explorer.
/// </summary>
internal static class ExplorerBenchmark
{
    public static async Task<int> RunAsync(string api, int samples)
    {
        var playwright = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "deploy", "explorer", "node_modules", "playwright-core"));
        if (!Directory.Exists(playwright) || !File.Exists("/usr/bin/chromium"))
        {
            await Console.Error.WriteLineAsync("Run deploy/explorer/install.sh and deploy/browser/install.sh: the benchmark needs playwright-core and /usr/bin/chromium.");
            return 2;
        }

        var script = Path.Combine(AppContext.BaseDirectory, "Explorer", "explorer-paint.mjs");
        using var node = Process.Start(new ProcessStartInfo("node", [script, playwright, api.TrimEnd('/'), samples.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            ?? throw new InvalidOperationException("node did not start");
        await node.WaitForExitAsync();
        return node.ExitCode;
    }
}
