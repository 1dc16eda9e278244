using System.Text.Json.Nodes;
using PaperGraph.Core.Authors;

namespace PaperGraph.Api.Tests.StoreParity;

/// <summary>Facets and authors over the seeded corpus, checked against the papers themselves counted in the test.</summary>
public abstract partial class StoreQueryTests
{
    [Fact]
    public async Task PapersFacets_ForASearch_EqualCountingTheSearchedPapersByHand()
    {
        var (_, body) = await PostAsync("""
            { papers(search: "state space", first: 100) {
                totalCount
                edges { node { date authors mentions { entity { id kind } } } }
                facets(top: 5) { years { value papers } months { value papers } entityKinds { kind papers }
                                 entities { entityId papers } authors { key papers } } } }
            """);

        var papers = body["data"]!["papers"]!;
        var nodes = papers["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.Equal((long)papers["totalCount"]!, nodes.Count);
        var dated = nodes.Select(n => (string?)n["date"]).Where(d => d is not null && !d.StartsWith("--", StringComparison.Ordinal)).Select(d => d!).ToList();
        var mentions = nodes.Select(n => n["mentions"]!.AsArray().Select(m => m!["entity"]!).DistinctBy(e => (string)e["id"]!).ToList()).ToList();
        var expected = new JsonObject
        {
            ["years"] = Buckets(dated.GroupBy(d => d[..4]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (long)g.Count()))),
            ["months"] = Buckets(dated.GroupBy(d => d[..7]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (long)g.Count()))),
            ["entityKinds"] = new JsonArray([.. mentions.SelectMany(m => m.Select(e => (string)e["kind"]!).Distinct()).GroupBy(k => k)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (JsonNode)new JsonObject { ["kind"] = g.Key, ["papers"] = g.Count() })]),
            ["entities"] = new JsonArray([.. mentions.SelectMany(m => m.Select(e => (string)e["id"]!)).GroupBy(id => id)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key["Entity:".Length..], StringComparer.Ordinal).Take(5)
                .Select(g => (JsonNode)new JsonObject { ["entityId"] = g.Key, ["papers"] = g.Count() })]),
            ["authors"] = new JsonArray([.. nodes.SelectMany(n => n["authors"]!.AsArray().Select(a => AuthorNames.Key((string)a!)).Where(k => k.Length > 0).Distinct())
                .GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(5)
                .Select(g => (JsonNode)new JsonObject { ["key"] = g.Key, ["papers"] = g.Count() })]),
        };

        Assert.True(nodes.Count > 10);
        Assert.Equal(expected.ToJsonString(), papers["facets"]!.ToJsonString());
    }

    [Fact]
    public async Task Author_NobodyListsThem_IsNull()
    {
        var (_, body) = await PostAsync("""{ author(name: "Nobody Atall Xyzzy") { key } }""");

        JsonAssert.Equal("""{ "data": { "author": null } }""", body);
    }

    private static JsonArray Buckets(IEnumerable<(string Value, long Papers)> buckets) =>
        new([.. buckets.Select(b => (JsonNode)new JsonObject { ["value"] = b.Value, ["papers"] = b.Papers })]);
}
