using System.Net;
using System.Text.RegularExpressions;

namespace PaperGraph.Api.Tests.Explorer;

/// <summary>The host serves the explorer at <c>/</c> from its own files: every module it imports is there, and nothing is fetched from another origin.</summary>
public sealed partial class ExplorerPageTests(ApiFixture api)
{
    [Fact]
    public async Task Get_Root_ServesTheExplorerPageRevalidatedEachTime()
    {
        using var response = await api.Client.GetAsync("/", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.Contains("<script type=\"module\" src=\"/explorer/app.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("://", html, StringComparison.Ordinal); // no CDN, no other origin

        using var head = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task Modules_EveryImportResolves_AndNoneReachesAnotherOrigin()
    {
        var pending = new Queue<string>(["/explorer/app.js"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var path))
        {
            if (!seen.Add(path))
            {
                continue;
            }

            using var response = await api.Client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType); // browsers refuse modules of other types
            var code = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
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

        // app.js reaches every module of ours (none is dead), and the graph view its vendor module.
        var ours = Directory.GetFiles(Path.Combine(RepoRoot.Path, "src", "PaperGraph.Api", "wwwroot", "explorer"), "*.js").Select(file => "/explorer/" + Path.GetFileName(file));
        Assert.Equal(ours.Order(StringComparer.Ordinal), seen.Where(p => !p.Contains("/vendor/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains("/explorer/vendor/cytoscape.esm.min.mjs", seen);
    }

    [GeneratedRegex(@"(?:from\s+|import\()'(?<path>[./][^']+)'")]
    private static partial Regex ImportPattern();
}
