using System.Text.Json;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Tests.Linking.Catalog;

/// <summary>
/// schema/catalog/curated_techniques.jsonl against the embedded catalog: every row made it into the build with its
/// kind and aliases, so editing the supplement without rebuilding entities.jsonl.gz fails here.
/// </summary>
public sealed class CuratedTechniquesTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    public static TheoryData<string> Ids() => [.. Rows().Select(r => r.GetProperty("id").GetString()!)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void EmbeddedCatalog_CuratedRow_LoadsWithKindAndAliases(string id)
    {
        var row = Rows().Single(r => r.GetProperty("id").GetString() == id);
        var entry = fixture.Catalog.Find(id);

        Assert.NotNull(entry);
        Assert.True(entry.Linkable);
        if (row.TryGetProperty("kind", out var kind))
        {
            Assert.Equal(Enum.Parse<EntityKind>(kind.GetString()!, ignoreCase: true), entry.Entity.Kind);
            Assert.Equal(row.GetProperty("introducedBy").GetProperty("arxivId").GetString(), entry.Entity.IntroducedBy?.ArxivId);
        }

        var texts = entry.Aliases.Select(a => a.Text).ToArray();
        foreach (var alias in row.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!))
        {
            Assert.Contains(alias, texts);
            Assert.All(fixture.Catalog.FindByAlias(alias), other => Assert.Equal(id, other.Entity.Id)); // no other owner
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EmbeddedCatalog_ShortOrWordLikeAlias_IsMatchedInItsCase(string id)
    {
        var row = Rows().Single(r => r.GetProperty("id").GetString() == id);
        var markedExact = row.TryGetProperty("exact", out var exact) && exact.GetBoolean();
        var given = row.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToHashSet();

        // "KTO" or "Mish" in lower case is another word; long lower-case phrases ("min-p sampling") match any case.
        Assert.All(
            fixture.Catalog.Find(id)!.Aliases.Where(a => given.Contains(a.Text) && (markedExact || a.Text.Count(char.IsLetterOrDigit) <= 4)),
            a => Assert.True(a.Exact, a.Text));
    }

    private static IEnumerable<JsonElement> Rows() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Catalog", "curated_techniques.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement);
}
