using System.Text.Json.Nodes;

namespace PaperGraph.Api.Tests.Reconciliation;

/// <summary>
/// <c>/reconcile</c> over the linked sample corpus: every answer validates against the W3C schemas (0.2, and the
/// 1.0 draft where it applies), candidates are exactly <c>resolveEntities</c>'s, and bad batches are refused.
/// </summary>
public sealed class ReconciliationServiceTests(ApiFixture api)
{
    private const string S4Paper = "title:005efae14363ecad4d4a";
    private ReconcileClient Client => new(api.Client);

    [Fact]
    public async Task Manifest_Get_Validates02AndOffersEveryService()
    {
        var (status, body) = await Client.GetAsync("/reconcile");
        var manifest = JsonNode.Parse(body)!;

        Assert.Equal(200, status);
        SchemaCheck.Valid(("0.2/schemas/manifest.json", manifest));
        Assert.Equal(["method", "architecture", "model", "dataset", "task", "paper"], manifest["defaultTypes"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
        Assert.EndsWith("/reconcile/view?id={{id}}", manifest["view"]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("/suggest/entity", manifest["suggest"]!["entity"]!["service_path"]!.GetValue<string>());
        Assert.Equal("/properties", manifest["extend"]!["propose_properties"]!["service_path"]!.GetValue<string>());
    }

    [Fact]
    public async Task Manifest_Callback_IsJsonpAndABadCallbackIsRefused()
    {
        using var response = await api.Client.GetAsync("/reconcile?callback=jQuery_123.cb", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var (badStatus, _) = await Client.GetAsync("/reconcile?callback=alert(1)//");

        Assert.Equal("application/javascript; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("jQuery_123.cb(", text, StringComparison.Ordinal);
        Assert.EndsWith(");", text, StringComparison.Ordinal);
        SchemaCheck.Valid(("0.2/schemas/manifest.json", JsonNode.Parse(text["jQuery_123.cb(".Length..^2])!));
        Assert.Equal(400, badStatus);
    }

    [Fact]
    public async Task Batch_FormAndJsonBody_GiveTheSameAnswerValidAgainst02()
    {
        const string queries = """
            {"q0": {"query": "Transformer", "limit": 3},
             "q1": {"query": "Flash Atention", "type": "method"},
             "q2": {"query": "S4", "type": ["architecture", "model"], "type_strict": "any"},
             "q3": {"query": "EFFICIENTLY modeling long-sequences, with structured state spaces!", "type": "paper"},
             "q4": {"query": "zzzz qqqq"}}
            """;
        var form = await Client.ReconcileAsync(queries);
        var (jsonStatus, jsonBody) = await Client.PostJsonAsync(queries);

        Assert.Equal(200, jsonStatus);
        Assert.Equal(form.ToJsonString(), JsonNode.Parse(jsonBody)!.ToJsonString());
        SchemaCheck.Valid(("0.2/schemas/reconciliation-result-batch.json", form));
        Assert.Equal(3, form["q0"]!["result"]!.AsArray().Count);
        Assert.Equal("pwc:flashattention", form["q1"]!["result"]![0]!["id"]!.GetValue<string>());
        Assert.All(form["q2"]!["result"]!.AsArray(), c => Assert.Contains(c!["type"]![0]!["id"]!.GetValue<string>(), new[] { "architecture", "model" }));
        var paper = form["q3"]!["result"]![0]!;
        Assert.Equal((S4Paper, 1.0, true), (paper["id"]!.GetValue<string>(), paper["score"]!.GetValue<double>(), paper["match"]!.GetValue<bool>()));
        Assert.Empty(form["q4"]!["result"]!.AsArray());
    }

    [Fact]
    public async Task Batch_Candidates_AreExactlyResolveEntitiesScoresAndMatches()
    {
        string[] names = ["Transformer", "Flash Atention", "S4", "BERT", "ResNet", "LRA", "Mamba", "Imagenet"];
        string?[] kinds = [null, "method", "architecture", "dataset"];
        var queries = new JsonObject();
        foreach (var (name, n) in names.Select((x, n) => (x, n)))
        {
            foreach (var (kind, k) in kinds.Select((x, k) => (x, k)))
            {
                var q = new JsonObject { ["query"] = name, ["limit"] = 20 };
                if (kind is not null)
                {
                    q["type"] = kind;
                }

                queries[$"q{n}_{k}"] = q;
            }
        }

        var reconciled = await Client.ReconcileAsync(queries.ToJsonString());
        var checkedCandidates = 0;
        foreach (var (name, n) in names.Select((x, n) => (x, n)))
        {
            foreach (var (kind, k) in kinds.Select((x, k) => (x, k)))
            {
                var hint = kind is null ? "" : $", kindHint: {kind.ToUpperInvariant()}";
                var (_, graphql) = await api.PostAsync($$"""{ resolveEntities(limit: 20, inputs: [{name: "{{name}}"{{hint}}}]) { candidates { entity { id kind } score match } } }""");
                var expected = graphql["data"]!["resolveEntities"]![0]!["candidates"]!.AsArray()
                    .Where(c => kind is null || c!["entity"]!["kind"]!.GetValue<string>() == kind.ToUpperInvariant())
                    .Select(c => (c!["entity"]!["id"]!.GetValue<string>()["Entity:".Length..], c["score"]!.GetValue<double>(), c["match"]!.GetValue<bool>()))
                    .ToList();
                var actual = reconciled[$"q{n}_{k}"]!["result"]!.AsArray()
                    .Select(c => (c!["id"]!.GetValue<string>(), c["score"]!.GetValue<double>(), c["match"]!.GetValue<bool>()))
                    .ToList();
                Assert.Equal(expected, actual);
                checkedCandidates += actual.Count;
            }
        }

        Assert.True(checkedCandidates > 40, $"{checkedCandidates} candidates compared");
    }

    [Fact]
    public async Task DraftBatch_JsonList_AnswersResultsInOrderValidAgainst10()
    {
        const string queries = """
            {"queries": [
              {"conditions": [{"matchType": "name", "propertyValue": "Transformer"}], "type": "architecture", "limit": 2},
              {"conditions": [{"matchType": "name", "propertyValue": "S4"},
                              {"matchType": "property", "propertyId": "introducedBy", "propertyValue": "Efficiently Modeling Long Sequences with Structured State Spaces"}]}]}
            """;
        var (status, body) = await Client.PostJsonAsync(queries);
        var results = JsonNode.Parse(body)!;

        Assert.Equal(200, status);
        SchemaCheck.Valid(("1.0-draft/schemas/reconciliation-result-batch.json", results));
        Assert.Equal("pwc:transformer", results["results"]![0]!["candidates"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(["curated:s4"], results["results"]![1]!["candidates"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Properties_IntroducedByAndKind_SharpenWithoutChangingScores()
    {
        var plain = await Client.ReconcileAsync("""{"q": {"query": "S4", "limit": 10}}""");
        var sharpened = await Client.ReconcileAsync("""
            {"right": {"query": "S4", "properties": [{"pid": "introducedBy", "v": "efficiently modeling long sequences with structured state spaces"}]},
             "wrong": {"query": "S4", "properties": [{"pid": "introducedBy", "v": "Some Other Paper"}]},
             "kind": {"query": "S4", "properties": [{"pid": "kind", "v": ["model", "architecture"]}]}}
            """);

        var s4 = sharpened["right"]!["result"]!.AsArray().Single()!;
        Assert.Equal("curated:s4", s4["id"]!.GetValue<string>());
        Assert.Equal(plain["q"]!["result"]![0]!["score"]!.GetValue<double>(), s4["score"]!.GetValue<double>());
        Assert.Contains(s4["features"]!.AsArray(), f => f!["id"]!.GetValue<string>() == "introducedBy");
        Assert.Empty(sharpened["wrong"]!["result"]!.AsArray());
        Assert.NotEmpty(sharpened["kind"]!["result"]!.AsArray());
        SchemaCheck.Valid(("0.2/schemas/reconciliation-result-batch.json", sharpened));
    }

    [Fact]
    public async Task InvalidExamples_OfBothVersions_AreRefusedWith400()
    {
        var folder = Path.Combine(SchemaCheck.SpecsFolder, "0.2", "invalid-queries");
        var examples02 = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        // "old-format" is a valid 0.2 batch, which this service also speaks; the other 1.0 examples break both.
        var examplesDraft = Directory.GetFiles(Path.Combine(SchemaCheck.SpecsFolder, "1.0-draft", "invalid-queries"), "*.json")
            .Where(f => !f.EndsWith("old-format.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, examples02.Count);
        Assert.Equal(6, examplesDraft.Count);
        // The examples really are invalid by the schemas (the validator is not vacuous).
        Assert.All(SchemaCheck.Errors([.. examples02.Select(f => ("0.2/schemas/reconciliation-query-batch.json", JsonNode.Parse(File.ReadAllText(f))!))]), Assert.NotEmpty);

        foreach (var file in examples02)
        {
            var (formStatus, formBody) = await Client.PostFormAsync("queries", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
            var (jsonStatus, _) = await Client.PostJsonAsync(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
            Assert.True((formStatus, jsonStatus) == (400, 400), $"{Path.GetFileName(file)}: {formStatus} {jsonStatus} {formBody}");
            Assert.StartsWith("Query 'q", JsonNode.Parse(formBody)!["error"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        foreach (var file in examplesDraft)
        {
            var (status, body) = await Client.PostJsonAsync(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
            Assert.True(status == 400, $"{Path.GetFileName(file)}: {status} {body}");
        }
    }

    [Fact]
    public async Task Batch_OverTheLimitMalformedOrOfUnknownType_ClearFourHundreds()
    {
        var tooMany = new JsonObject();
        for (var i = 0; i <= 1_000; i++)
        {
            tooMany[$"q{i}"] = new JsonObject { ["query"] = "BERT" };
        }

        var (overStatus, overBody) = await Client.PostFormAsync("queries", tooMany.ToJsonString());
        var (malformedStatus, malformedBody) = await Client.PostFormAsync("queries", "{\"q0\": {\"query\": ");
        var (typeStatus, typeBody) = await Client.PostFormAsync("queries", """{"q0": {"query": "BERT", "type": "Person"}}""");
        var (propertyStatus, _) = await Client.PostFormAsync("queries", """{"q0": {"query": "BERT", "properties": [{"pid": "colour", "v": "red"}]}}""");
        using var plain = new StringContent("queries", System.Text.Encoding.UTF8, "text/plain");
        using var plainResponse = await api.Client.PostAsync("/reconcile", plain, TestContext.Current.CancellationToken);

        Assert.Equal(413, overStatus);
        Assert.Contains("1001 queries; at most 1000", overBody, StringComparison.Ordinal);
        Assert.Equal(400, malformedStatus);
        Assert.Contains("not JSON", malformedBody, StringComparison.Ordinal);
        Assert.Equal(400, typeStatus);
        Assert.Contains("unknown type 'Person'", typeBody, StringComparison.Ordinal);
        Assert.Equal(400, propertyStatus);
        Assert.Equal(415, (int)plainResponse.StatusCode);
    }
}
