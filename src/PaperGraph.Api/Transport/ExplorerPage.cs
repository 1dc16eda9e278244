namespace PaperGraph.Api.Transport;

/// <summary>
/// Serves the explorer, a single page for researchers, at <c>/</c>. The build's page,
/// <c>wwwroot/explorer/dist/index.html</c>, loads one bundle of the explorer's modules (made by
/// <c>deploy/explorer/install.sh</c> with esbuild); without it (no npm on the building machine) the source
/// page <c>wwwroot/index.html</c> loads the modules under <c>wwwroot/explorer/</c> themselves. Either talks only
/// to <c>/graphql</c>; the graph view alone loads Cytoscape.js, copied from npm by the same script.
/// </summary>
internal static class ExplorerPage
{
    /// <summary>The page that loads the bundle, relative to the web root.</summary>
    public const string BundledPage = "explorer/dist/index.html";

    public static async Task WriteAsync(HttpContext http, IWebHostEnvironment environment)
    {
        var files = environment.WebRootFileProvider;
        var page = files.GetFileInfo(BundledPage) is { Exists: true } bundled ? bundled : files.GetFileInfo("index.html");
        http.Response.ContentType = "text/html; charset=utf-8";
        if (!page.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync("<!doctype html><title>PaperGraph</title><p>The explorer is not in this build. POST queries to /graphql.</p>", http.RequestAborted);
            return;
        }

        // The page is tiny and names the bundle by its content hash: revalidate it so a new build shows at once.
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(page, http.RequestAborted);
    }
}
