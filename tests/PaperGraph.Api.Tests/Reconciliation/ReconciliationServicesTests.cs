using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Tests.Reconciliation;

/// <summary>Suggest, property proposal, data extension, preview and view: answers valid against the schemas, values from the store.</summary>
public sealed class ReconciliationServicesTests(ApiFixture api)
{
    private ReconcileClient Client => new(api.Client);

    [Fact]
    public async Task Suggest_EntityTypeAndProperty_ValidAgainst02And10AndFindByPrefix()
    {
        var entity = JsonNode.Parse((await Client.GetAsync("/reconcile/suggest/entity?prefix=flash")).Body)!;
        var typed = JsonNode.Parse((await Client.GetAsync("/reconcile/suggest/entity?prefix=trans&type=architecture")).Body)!;
        var papers = JsonNode.Parse((await Client.GetAsync("/reconcile/suggest/entity?prefix=state%20space&type=paper")).Body)!;
        var type = JsonNode.Parse((await Client.GetAsync("/reconcile/suggest/type?prefix=data")).Body)!;
        var property = JsonNode.Parse((await Client.GetAsync("/reconcile/suggest/property?prefix=intro")).Body)!;

        SchemaCheck.Valid(
            ("0.2/schemas/suggest-entities-response.json", entity), ("1.0-draft/schemas/suggest-entities-response.json", entity),
            ("0.2/schemas/suggest-entities-response.json", papers), ("0.2/schemas/suggest-types-response.json", type),
            ("1.0-draft/schemas/suggest-types-response.json", type), ("0.2/schemas/suggest-properties-response.json", property),
            ("1.0-draft/schemas/suggest-properties-response.json", property));
        Assert.Contains(entity["result"]!.AsArray(), r => r!["id"]!.GetValue<string>() == "pwc:flashattention");
        Assert.All(typed["result"]!.AsArray(), r => Assert.Equal("architecture", r!["notable"]![0]!["id"]!.GetValue<string>()));
        Assert.Contains(papers["result"]!.AsArray(), r => r!["id"]!.GetValue<string>() == "title:005efae14363ecad4d4a");
        Assert.Equal(["dataset"], type["result"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
        Assert.Equal(["introducedBy", "introduces"], property["result"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Extend_EntityAndPaper_ValuesFromTheStoreValidAgainst02()
    {
        var ct = TestContext.Current.CancellationToken;
        const string extend = """
            {"ids": ["curated:s4", "title:005efae14363ecad4d4a", "no:such"],
             "properties": [{"id": "kind"}, {"id": "aliases"}, {"id": "introducedBy"}, {"id": "paperCount"}, {"id": "firstYear"},
                            {"id": "coMentioned", "settings": {"limit": "3"}}, {"id": "title"}, {"id": "mentions"}]}
            """;
        var (status, body) = await Client.PostFormAsync("extend", extend);
        var answer = JsonNode.Parse(body)!;
        var proposal = JsonNode.Parse((await Client.GetAsync("/reconcile/properties?type=architecture&limit=4")).Body)!;

        Assert.Equal(200, status);
        SchemaCheck.Valid(("0.2/schemas/data-extension-response.json", answer), ("0.2/schemas/data-extension-property-proposal.json", proposal));
        var s4 = answer["rows"]!["curated:s4"]!;
        Assert.Equal("architecture", s4["kind"]![0]!["str"]!.GetValue<string>());
        Assert.Equal("title:005efae14363ecad4d4a", s4["introducedBy"]![0]!["id"]!.GetValue<string>());
        var papers = (await api.Store.CountPapersMentioningAsync(["curated:s4"], ct))["curated:s4"];
        Assert.Equal(papers, s4["paperCount"]![0]!["int"]!.GetValue<long>());
        var coMentioned = await api.Store.GetCoMentionedAsync("curated:s4", 3, ct);
        Assert.Equal(coMentioned.Select(c => c.EntityId), s4["coMentioned"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        Assert.Empty(s4["title"]!.AsArray());
        var paper = answer["rows"]!["title:005efae14363ecad4d4a"]!;
        Assert.Equal("Efficiently Modeling Long Sequences with Structured State Spaces", paper["title"]![0]!["str"]!.GetValue<string>());
        Assert.Contains(paper["mentions"]!.AsArray(), m => m!["id"]!.GetValue<string>() == "curated:s4");
        Assert.Empty(answer["rows"]!["no:such"]!["kind"]!.AsArray());
        Assert.Equal(4, proposal["properties"]!.AsArray().Count);
    }

    [Fact]
    public async Task Preview_HtmlInTheStore_IsEscapedAndPapersReconcileByArxivIdAndTitle()
    {
        var ct = TestContext.Current.CancellationToken;
        using var temp = new PaperGraph.Testing.TempDirectory();
        await using var factory = ApiFixture.CreateFactory(temp.File("papergraph.db"));
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<IGraphStore>();
        var paper = new Paper
        {
            Id = PaperIds.FromArxivId("2401.01234"), ArxivId = "2401.01234", Title = "<script>alert(1)</script> & Schrödinger's Cat",
            Abstract = "An <img src=x onerror=alert(2)> abstract.", Authors = ["Ada Lovelace"], Date = new ListingDate(2024, 1, 5),
        };
        await store.UpsertPapersAsync([new PaperRecord(paper, "test", 1, "h", DateTimeOffset.UnixEpoch)], ct);
        var reconcile = new ReconcileClient(client);

        var (status, html) = await reconcile.GetAsync("/reconcile/preview?id=arxiv:2401.01234");
        var (missing, _) = await reconcile.GetAsync("/reconcile/view?id=arxiv:0000.00000");
        var found = await reconcile.ReconcileAsync("""
            {"id": {"query": "arXiv:2401.01234v3"},
             "url": {"query": "https://arxiv.org/abs/2401.01234", "type": "paper"},
             "title": {"query": "SCRIPT alert 1 script schrodinger s cat", "type": "paper", "properties": [{"pid": "author", "v": "ada lovelace"}, {"pid": "year", "v": 2024}]}}
            """);

        Assert.Equal((200, 404), (status, missing));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        foreach (var key in new[] { "id", "url", "title" })
        {
            var candidate = found[key]!["result"]!.AsArray().Single()!;
            Assert.Equal(("arxiv:2401.01234", true), (candidate["id"]!.GetValue<string>(), candidate["match"]!.GetValue<bool>()));
        }

        SchemaCheck.Valid(("0.2/schemas/reconciliation-result-batch.json", found));
    }
}
