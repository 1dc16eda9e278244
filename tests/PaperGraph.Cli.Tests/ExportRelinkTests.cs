using System.Text.Json;
using PaperGraph.Core.Samples;
using PaperGraph.Testing;

namespace PaperGraph.Cli.Tests;

public sealed class ExportRelinkTests
{
    private static readonly string[] EntityKinds = ["method", "architecture", "model", "dataset", "task"];

    [Fact]
    public async Task Export_AfterIngest_WritesOneDocumentedObjectPerPaperInIdOrder()
    {
        using var temp = new TempDirectory();
        SampleCorpus.ExtractTo(temp.File("samples"));
        var db = temp.File("pg.db");
        Assert.Equal(0, (await CliRun.RunAsync(["ingest", temp.File("samples"), "--db", db])).ExitCode);

        var toFile = await CliRun.RunAsync(["export", "--format", "jsonl", "--db", db, "-o", temp.File("graph.jsonl")]);
        var toStdout = await CliRun.RunAsync(["export", "--db", db]);

        Assert.Equal((0, string.Empty), (toFile.ExitCode, toFile.Output));
        var text = await File.ReadAllTextAsync(temp.File("graph.jsonl"), TestContext.Current.CancellationToken);
        Assert.Equal(text, toStdout.Output);
        var lines = text.Split('\n');
        Assert.Equal(string.Empty, lines[^1]);
        var papers = lines[..^1].Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(372, papers.Length);
        var ids = papers.Select(p => p.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        foreach (var paper in papers)
        {
            Assert.Equal(["id", "title", "abstract", "arxivId", "date", "authors", "categories", "mentions", "introduces", "links"], Keys(paper));
            foreach (var mention in paper.GetProperty("mentions").EnumerateArray())
            {
                Assert.Equal(["entity", "field", "start", "end", "surface", "score"], Keys(mention));
                AssertEntity(mention.GetProperty("entity"));
                var field = paper.GetProperty(mention.GetProperty("field").GetString()!).GetString()!;
                var (start, end) = (mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32());
                Assert.Equal(field[start..end], mention.GetProperty("surface").GetString());
                Assert.InRange(mention.GetProperty("score").GetDouble(), 0, 1);
            }

            Assert.All(paper.GetProperty("introduces").EnumerateArray(), AssertEntity);
            foreach (var link in paper.GetProperty("links").EnumerateArray())
            {
                Assert.Equal(["kind", "paper", "via", "reason", "score"], Keys(link));
                Assert.Equal("builds-on", link.GetProperty("kind").GetString());
                Assert.Equal(["id", "title"], Keys(link.GetProperty("paper")));
                Assert.Contains(link.GetProperty("paper").GetProperty("id").GetString(), ids);
                Assert.All(link.GetProperty("via").EnumerateArray(), via => Assert.Equal(["id", "name"], Keys(via)));
                Assert.StartsWith("mentions ", link.GetProperty("reason").GetString(), StringComparison.Ordinal);
            }
        }

        Assert.Contains(papers, p => p.GetProperty("links").GetArrayLength() > 0);
        Assert.Contains(papers, p => p.GetProperty("introduces").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Ingest_IntoAnEmptyStore_LinksAfterTheLoad_TheGraphOfLinkingBatchByBatch()
    {
        // An empty store is loaded, then linked once; a store already holding a paper is linked batch by batch,
        // each batch repairing what it changes in the papers before it. Both must end with one graph.
        using var temp = new TempDirectory();
        SampleCorpus.ExtractTo(temp.File("samples"));
        var first = Directory.GetFiles(temp.File("samples")).Order(StringComparer.Ordinal).First();
        var (afterLoad, batchByBatch) = (temp.File("after-load.db"), temp.File("batch-by-batch.db"));

        var loaded = await CliRun.RunAsync(["ingest", temp.File("samples"), "--batch-size", "40", "--db", afterLoad]);
        Assert.Equal(0, (await CliRun.RunAsync(["ingest", first, "--db", batchByBatch])).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync(["ingest", temp.File("samples"), "--batch-size", "40", "--db", batchByBatch])).ExitCode);

        Assert.Equal(0, loaded.ExitCode);
        Assert.StartsWith("files        ", loaded.Output, StringComparison.Ordinal);
        var expected = (await CliRun.RunAsync(["export", "--db", batchByBatch])).Output;
        Assert.Contains("\"links\":[{", expected, StringComparison.Ordinal);
        Assert.Equal(expected, (await CliRun.RunAsync(["export", "--db", afterLoad])).Output);
    }

    [Fact]
    public async Task Relink_LinkedOrUnlinkedStore_ExitsZeroAndYieldsTheIngestedGraph()
    {
        using var temp = new TempDirectory();
        SampleCorpus.ExtractTo(temp.File("samples"));
        var (linked, unlinked) = (temp.File("linked.db"), temp.File("unlinked.db"));
        Assert.Equal(0, (await CliRun.RunAsync(["ingest", temp.File("samples"), "--db", linked])).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync(["ingest", temp.File("samples"), "--no-link", "--db", unlinked])).ExitCode);
        var expected = (await CliRun.RunAsync(["export", "--db", linked])).Output;
        Assert.Contains("\"mentions\":[]", (await CliRun.RunAsync(["export", "--db", unlinked])).Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"mentions\":[{", (await CliRun.RunAsync(["export", "--db", unlinked])).Output, StringComparison.Ordinal);

        var relinkLinked = await CliRun.RunAsync(["relink", "--db", linked]);
        var relinkUnlinked = await CliRun.RunAsync(["relink", "--db", unlinked]);

        Assert.Equal(0, relinkLinked.ExitCode);
        Assert.Equal(0, relinkUnlinked.ExitCode);
        Assert.StartsWith("papers              372\n", relinkUnlinked.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(expected, (await CliRun.RunAsync(["export", "--db", linked])).Output);
        Assert.Equal(expected, (await CliRun.RunAsync(["export", "--db", unlinked])).Output);
    }

    [Fact]
    public async Task Export_UnknownFormat_FailsWithMessage()
    {
        using var temp = new TempDirectory();

        var export = await CliRun.RunAsync(["export", "--format", "csv", "--db", temp.File("pg.db")]);

        Assert.NotEqual(0, export.ExitCode);
        Assert.Contains("csv", export.Error, StringComparison.Ordinal);
    }

    private static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    private static void AssertEntity(JsonElement entity)
    {
        Assert.Equal(["id", "name", "kind"], Keys(entity));
        Assert.Contains(entity.GetProperty("kind").GetString(), EntityKinds);
    }
}
