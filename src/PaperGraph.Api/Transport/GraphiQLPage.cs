namespace PaperGraph.Api.Transport;

/// <summary>
/// Serves GraphiQL to a browser that GETs <c>/graphql</c>: our small <c>wwwroot/graphiql/index.html</c>,
/// which loads the React and GraphiQL builds that <c>deploy/graphiql/install.sh</c> copies next to it
/// from npm. No CDN. When the vendor files were not installed the page says how to install them.
/// </summary>
internal sealed class GraphiQLPage(IWebHostEnvironment environment)
{
    public const string Folder = "graphiql";

    public async Task WriteAsync(HttpContext http)
    {
        var files = environment.WebRootFileProvider;
        var page = files.GetFileInfo($"{Folder}/index.html");
        http.Response.ContentType = "text/html; charset=utf-8";
        if (!page.Exists || !files.GetFileInfo($"{Folder}/graphiql.min.js").Exists)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await http.Response.WriteAsync("<!doctype html><title>GraphiQL not installed</title><p>GraphiQL's files are not installed. Run <code>deploy/graphiql/install.sh</code>, or POST queries to /graphql.</p>", http.RequestAborted);
            return;
        }

        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(page, http.RequestAborted);
    }
}
