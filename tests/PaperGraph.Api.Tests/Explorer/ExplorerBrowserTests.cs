using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Api.Hosting;
using PaperGraph.Core.Storage;
using PaperGraph.Testing;
using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Api.Tests.Explorer;

/// <summary>
/// The explorer at <c>/</c> in real headless Chromium against a real Kestrel port, over SQLite and over the
/// test Neo4j, both seeded with <see cref="ExplorerCorpus"/>: search → facet and back → paper → click a
/// highlighted mention → entity with a non-empty chart → graph → expand a node → path between two papers,
/// then 390 px, a keyboard walk and a paper page loaded directly (one paper request, the bundle's code); no
/// console errors and no serious or critical axe-core violation.
/// </summary>
public sealed class ExplorerBrowserTests
{
    [Fact]
    public async Task Explorer_OnSqlite_WalksFromSearchToPathWithoutErrorsOrSeriousViolations()
    {
        ExplorerWalk.SkipWhenMissing();
        using var temp = new TempDirectory();
        await WalkAsync("sqlite", ["--Sqlite:DatabasePath", temp.File("explorer.db")]);
    }

    [Fact]
    public async Task Explorer_OnNeo4j_WalksFromSearchToPathWithoutErrorsOrSeriousViolations()
    {
        ExplorerWalk.SkipWhenMissing();
        await using var server = new Neo4jServer();
        await server.InitializeAsync();
        server.RequireReachable();
        await server.ClearDatabaseAsync(TestContext.Current.CancellationToken);
        await WalkAsync("neo4j", ["--Store:Provider", "Neo4j", "--Neo4j:Url", server.Url]);
    }

    private static async Task WalkAsync(string name, string[] store)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = PaperGraphApi.BuildApp(["--urls", "http://127.0.0.1:0", "--environment", "Testing",
            "--contentRoot", Path.Combine(RepoRoot.Path, "src", "PaperGraph.Api"), .. store]);
        await app.StartAsync(ct);
        try
        {
            await ExplorerCorpus.SeedAsync(app.Services.GetRequiredService<IGraphStore>(), ct);
            var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

            var (exitCode, summary, errors, shots) = await ExplorerWalk.RunAsync(baseUrl, name, "transformer");

            Assert.True(exitCode == 0, $"{summary?["failure"]}\n{errors}\n{summary}");
            Assert.Empty(summary!["consoleErrors"]!.AsArray());
            Assert.Empty(summary["violations"]!.AsArray());
            var steps = summary["steps"]!.AsArray().Select(step => (string)step!["name"]!).ToArray();
            Assert.Equal(["search", "facet and back", "paper", "entity", "graph", "path", "narrow", "keyboard", "paper, loaded directly"], steps);
            if (ExplorerBundle.Missing() is null)
            {
                // The walk ran on the bundle: one module of ours, and the paper's request sent by the inline script.
                var direct = summary["steps"]!.AsArray().Single(step => (string)step!["name"]! == "paper, loaded directly")!;
                Assert.Matches(@"^/explorer/dist/explorer-[A-Z0-9]+\.min\.js$", Assert.Single(direct["scripts"]!.AsArray())!.GetValue<string>());
                Assert.Equal(1, (int)direct["inlineScript"]!);
            }

            var graph = summary["steps"]!.AsArray().Single(step => (string)step!["name"]! == "graph")!;
            Assert.True((int)graph["nodesAfter"]! > (int)graph["nodesBefore"]!, $"expanding added no node: {graph}");
            Assert.All(summary["screenshots"]!.AsArray(), shot => Assert.True(new FileInfo((string)shot!).Length > 5_000, $"{shot} is (nearly) empty; see {shots}"));
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }
}
