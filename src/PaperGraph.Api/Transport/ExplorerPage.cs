namespace PaperGraph.Api.Transport;

/// <summary>
/// Serves the explorer, a single page for researchers, at <c>/</c>: our <c>wwwroot/index.html</c>, whose
/// scripts under <c>wwwroot/explorer/</c> talk only to <c>/graphql</c>. Its one vendor file (Cytoscape.js)
/// is copied from npm by <c>deploy/explorer/install.sh</c>; without it every view but the graph still works.
/// </summary>
internal static class ExplorerPage
{
    public static async Task WriteAsync(HttpContext http, IWebHostEnvironment environment)
    {
        var page = environment.WebRootFileProvider.GetFileInfo("index.html");
        http.Response.ContentType = "text/html; charset=utf-8";
        if (!page.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync("<!doctype html><title>PaperGraph</title><p>The explorer is not in this build. POST queries to /graphql.</p>", http.RequestAborted);
            return;
        }

        // The page is tiny and names its scripts by fixed paths: revalidate it so a new build shows at once.
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(page, http.RequestAborted);
    }
}
