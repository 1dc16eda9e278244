using System.Text.Json.Nodes;

namespace PaperGraph.Api.Tests.Clients;

/// <summary>
/// Third-party GraphQL clients against the real host on a real port: graphql-http's audit suite and
/// graphql-js's standard introspection + buildClientSchema (packages from deploy/graphql-audit/install.sh).
/// </summary>
public sealed class GraphQLClientToolTests
{
    private static readonly string Modules = Path.Combine(RepoRoot.Path, "deploy", "graphql-audit", "node_modules");

    [Fact]
    public async Task GraphQLHttpAudits_AgainstTheHost_EveryMustAndShouldPasses()
    {
        NodeScript.RequireInstalled(Modules, "deploy/graphql-audit/install.sh");
        await using var host = await LiveHost.StartAsync();

        var (exit, output, errors) = await NodeScript.RunAsync("Clients/audit.mjs", Modules, host.GraphQLUrl);

        Assert.True(exit == 0, errors);
        var results = JsonNode.Parse(output)!.AsArray();
        Assert.True(results.Count >= 30, output);
        var failed = results.Where(r => (string)r!["status"]! != "ok").Select(r => $"{r!["id"]} {r["name"]}: {r["reason"]}").ToList();
        Assert.Empty(failed);
    }

    [Fact]
    public async Task StandardIntrospection_WithEveryOption_BuildsAClientSchema()
    {
        NodeScript.RequireInstalled(Modules, "deploy/graphql-audit/install.sh");
        await using var host = await LiveHost.StartAsync();

        var (exit, output, errors) = await NodeScript.RunAsync("Clients/introspect.mjs", Modules, host.GraphQLUrl);

        Assert.True(exit == 0, errors);
        var schema = JsonNode.Parse(output)!;
        var sdl = (string)schema["sdl"]!;
        Assert.StartsWith("PaperGraph:", (string?)schema["description"]);
        Assert.Contains("type Query", sdl, StringComparison.Ordinal);
        Assert.Contains("papers(", sdl, StringComparison.Ordinal);
        Assert.Contains("interface Node", sdl, StringComparison.Ordinal);
        var directives = schema["directives"]!.AsArray().Select(d => (string)d!).ToList();
        Assert.Contains("deprecated", directives);
        Assert.Contains("include", directives);
    }
}
