using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using PaperGraph.Testing;

namespace PaperGraph.Api.Tests.Explorer;

/// <summary>
/// The host serves the explorer at <c>/</c> from its own files, nothing from another origin: the build's page
/// with one bundle made from the source modules (and agreeing with them), or, where nothing was bundled, the
/// source page whose every module import resolves.
/// </summary>
public sealed partial class ExplorerPageTests(ApiFixture api)
{
    [Fact]
    public async Task Get_Root_ServesTheBundledPageRevalidatedEachTime()
    {
        ExplorerBundle.SkipWhenMissing();
        var (response, html) = await GetAsync(api.Client, "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.Matches(BundleTag(), html);
        Assert.Matches(@"<link rel=""stylesheet"" href=""/explorer/dist/style-[A-Z0-9]+\.min\.css"">", html);
        Assert.DoesNotContain("/explorer/app.js", html, StringComparison.Ordinal);
        Assert.Contains("explorerEarlyRequest", html, StringComparison.Ordinal); // early.js, inlined
        Assert.True(html.IndexOf("<script>", StringComparison.Ordinal) < html.IndexOf("<link rel=\"stylesheet\"", StringComparison.Ordinal),
            "the inline script must come before the stylesheet, which would hold it back");
        Assert.DoesNotContain("://", html, StringComparison.Ordinal); // no CDN, no other origin

        using var head = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task Bundle_IsKeptForAYear_AndLoadsOnlyCytoscapeBesides()
    {
        ExplorerBundle.SkipWhenMissing();
        var (_, html) = await GetAsync(api.Client, "/");
        var (response, code) = await GetAsync(api.Client, BundleTag().Match(html).Groups["path"].Value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType); // browsers refuse modules of other types
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.DoesNotMatch(@"https?://(?!www\.w3\.org/2000/svg)", code);
        // Every view is in the bundle; Cytoscape.js stays out, imported by the graph view on first use.
        Assert.Equal(["/explorer/vendor/cytoscape.esm.min.mjs"], ImportPattern().Matches(code).Select(m => m.Groups["path"].Value).Distinct());
        Assert.True(code.Length < 100_000, $"the bundle is {code.Length:N0} characters: is Cytoscape.js (422 KiB) in it?");
        using var vendor = await api.Client.GetAsync("/explorer/vendor/cytoscape.esm.min.mjs", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, vendor.StatusCode);
    }

    [Fact]
    public async Task Bundle_IsWhatTheSourceModulesBuildToNow()
    {
        ExplorerBundle.SkipWhenMissing();
        using var temp = new TempDirectory();
        await ExplorerBundle.BuildAsync(temp.Path);
        var (_, html) = await GetAsync(api.Client, "/");

        // The page names the bundle by its content hash: the same page means the same bundle, byte for byte.
        Assert.Equal(await File.ReadAllTextAsync(temp.File("index.html"), TestContext.Current.CancellationToken), html);
        var path = BundleTag().Match(html).Groups["path"].Value;
        var (_, served) = await GetAsync(api.Client, path);
        Assert.Equal(await File.ReadAllTextAsync(temp.File(Path.GetFileName(path)), TestContext.Current.CancellationToken), served);
    }

    [Fact]
    public async Task Modules_EveryImportResolves_AndNoneReachesAnotherOrigin()
    {
        var pending = new Queue<string>(["/explorer/app.js", "/explorer/early.js"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var path))
        {
            if (!seen.Add(path))
            {
                continue;
            }

            var (response, code) = await GetAsync(api.Client, path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
            if (path.Contains("/vendor/", StringComparison.Ordinal))
            {
                continue;
            }

            // The SVG namespace is a name, not a request.
            Assert.DoesNotMatch(@"https?://(?!www\.w3\.org/2000/svg)", code);
            foreach (Match import in ImportPattern().Matches(code))
            {
                var target = import.Groups["path"].Value;
                pending.Enqueue(target.StartsWith("./", StringComparison.Ordinal) ? "/explorer/" + target[2..] : target);
            }
        }

        // app.js (with early.js, which the built page inlines) reaches every module of ours, and the graph view its vendor module.
        var ours = Directory.GetFiles(Path.Combine(ExplorerBundle.WebRoot, "explorer"), "*.js").Select(file => "/explorer/" + Path.GetFileName(file));
        Assert.Equal(ours.Order(StringComparer.Ordinal), seen.Where(p => !p.Contains("/vendor/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains("/explorer/vendor/cytoscape.esm.min.mjs", seen);
    }

    [Fact]
    public async Task StaticFiles_WithFixedNames_AreRevalidatedByETag()
    {
        var (response, _) = await GetAsync(api.Client, "/explorer/app.js");
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/explorer/app.js");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        using var notModified = await api.Client.SendAsync(again, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Get_Root_WithoutABundle_ServesTheSourcePage()
    {
        using var temp = new TempDirectory();
        var root = Path.Combine(temp.Path, "api");
        Directory.CreateDirectory(Path.Combine(root, "wwwroot", "explorer"));
        File.Copy(Path.Combine(ExplorerBundle.WebRoot, "index.html"), Path.Combine(root, "wwwroot", "index.html"));
        await using var factory = ApiFixture.CreateFactory(temp.File("papergraph.db")).WithWebHostBuilder(web => web.UseContentRoot(root));
        using var client = factory.CreateClient();

        var (response, html) = await GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<script type=\"module\" src=\"/explorer/app.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(BundleTag(), html);
    }

    private static async Task<(HttpResponseMessage Response, string Body)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [GeneratedRegex(@"<script type=""module"" src=""(?<path>/explorer/dist/explorer-[A-Z0-9]+\.min\.js)""></script>")]
    private static partial Regex BundleTag();

    [GeneratedRegex(@"(?:from\s*|import\()['""](?<path>[./][^'""]+)['""]")]
    private static partial Regex ImportPattern();
}
