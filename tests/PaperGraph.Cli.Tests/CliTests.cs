using System.Text;
using System.Text.Json;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Samples;
using PaperGraph.Testing;

namespace PaperGraph.Cli.Tests;

public sealed class CliTests
{
    private const string Abstract = "We study selective state space models for sequence modeling. They scale linearly in sequence length.";

    [Fact]
    public async Task Ingest_SamplePages_ExitsZeroAndStatsJsonCountsThem()
    {
        using var temp = new TempDirectory();
        SampleCorpus.ExtractTo(temp.File("samples"));
        var db = temp.File("pg.db");

        var ingest = await CliRun.RunAsync(["ingest", temp.File("samples"), "--db", db]);
        var stats = await CliRun.RunAsync(["stats", "--json", "--db", db]);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("papers new   372", ingest.Output, StringComparison.Ordinal);
        Assert.Contains("quarantined  0", ingest.Output, StringComparison.Ordinal);
        Assert.Equal(0, stats.ExitCode);
        using var json = JsonDocument.Parse(stats.Output);
        var counts = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());
        Assert.Equal(["papers", "entities", "mentions", "links", "quarantined"], counts.Keys);
        Assert.Equal((372, 0), (counts["papers"], counts["quarantined"]));

        // Ingest links: the catalog and the entities papers introduce are stored, with mentions and links.
        Assert.True(counts["entities"] > CliRun.Catalog.Value.Catalog.Entries.Count, stats.Output);
        Assert.True(counts["mentions"] > 500 && counts["links"] > 20, stats.Output);
    }

    [Fact]
    public async Task Ingest_FileWithBadRecord_ExitsThreeAndQuarantineListShowsIt()
    {
        using var temp = new TempDirectory();
        var path = temp.File("bad.jsonl");
        await File.WriteAllTextAsync(path, $$"""
            {"title": "Mamba", "abstract": "{{Abstract}}", "arxivId": "2312.00752"}
            {"title": "Cut off", "abstr
            """, TestContext.Current.CancellationToken);
        var db = temp.File("pg.db");

        var ingest = await CliRun.RunAsync(["ingest", path, "--db", db]);
        var list = await CliRun.RunAsync(["quarantine", "list", "--json", "--db", db]);
        var lines = await CliRun.RunAsync(["quarantine", "list", "--db", db]);

        Assert.Equal(3, ingest.ExitCode);
        Assert.Contains("quarantined  1", ingest.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(list.Output);
        var row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("truncated-json", row.GetProperty("reasonCode").GetString());
        Assert.Equal(2, row.GetProperty("line").GetInt64());
        Assert.Equal("bad.jsonl", row.GetProperty("source").GetString());
        Assert.StartsWith(row.GetProperty("id").GetString() + "\tbad.jsonl:2\ttruncated-json\t", lines.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuarantineRetry_StillBadRecordAndUnknownId_ExitThreeThenOne()
    {
        using var temp = new TempDirectory();
        var path = temp.File("bad.txt");
        await File.WriteAllTextAsync(path, $"Mamba: Linear-Time Sequence Modeling\n{Abstract}\nA Title Alone\n", TestContext.Current.CancellationToken);
        var db = temp.File("pg.db");
        Assert.Equal(3, (await CliRun.RunAsync(["ingest", path, "--db", db])).ExitCode);
        using var json = JsonDocument.Parse((await CliRun.RunAsync(["quarantine", "list", "--json", "--db", db])).Output);
        var id = json.RootElement[0].GetProperty("id").GetString()!;

        var retry = await CliRun.RunAsync(["quarantine", "retry", id, "--db", db]);
        var unknown = await CliRun.RunAsync(["quarantine", "retry", "nope", "--db", db]);

        Assert.Equal(3, retry.ExitCode);
        Assert.Equal($"still quarantined\t{id}", retry.Output.TrimEnd());
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("not found\tnope", unknown.Output.TrimEnd());
    }

    [Fact]
    public async Task QuarantineRetry_RecordThatNowReads_ExitsZeroAndStoresPaper()
    {
        using var temp = new TempDirectory();
        var db = temp.File("pg.db");
        var raw = Encoding.UTF8.GetBytes($$"""{"title": "Mamba", "abstract": "{{Abstract}}"}""");
        await using (var open = await CliRun.Stores.OpenAsync(new Commands.StoreSelection(Commands.StoreProvider.Sqlite, db), TestContext.Current.CancellationToken))
        {
            // As an older build with stricter rules would have left it.
            await open.Store.AddQuarantineAsync([new QuarantineRecord
            {
                Id = "q1", Source = "old.jsonl", Line = 7, ReasonCode = "abstract-too-long", Reason = "Too long then.",
                Raw = raw, Format = "jsonl", QuarantinedAt = DateTimeOffset.UnixEpoch,
            }], TestContext.Current.CancellationToken);
        }

        var retry = await CliRun.RunAsync(["quarantine", "retry", "--db", db]);
        var stats = await CliRun.RunAsync(["stats", "--json", "--db", db]);

        Assert.Equal(0, retry.ExitCode);
        Assert.Equal("recovered\tq1", retry.Output.TrimEnd());
        Assert.Equal("""{"papers":1,"entities":0,"mentions":0,"links":0,"quarantined":0}""", stats.Output.TrimEnd());
    }

    [Fact]
    public async Task Search_StateSpace_PrintsMatchingPapersAsIdDateTitle()
    {
        using var temp = new TempDirectory();
        SampleCorpus.ExtractTo(temp.File("samples"));
        var db = temp.File("pg.db");
        Assert.Equal(0, (await CliRun.RunAsync(["ingest", temp.File("samples"), "--db", db])).ExitCode);

        var search = await CliRun.RunAsync(["search", "state space", "--limit", "5", "--db", db]);

        Assert.Equal(0, search.ExitCode);
        var rows = search.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToArray();
        Assert.Equal(5, rows.Length);
        Assert.All(rows, row =>
        {
            Assert.Equal(3, row.Length);
            Assert.StartsWith("title:", row[0], StringComparison.Ordinal);
            Assert.Matches(@"^(--\d\d-\d\d|-)$", row[1]);
        });
        Assert.Contains(rows, row => row[2].Contains("State-Space", StringComparison.OrdinalIgnoreCase) || row[2].Contains("State Space", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Ingest_Stdin_ReadsStandardInputAsSourceStdin()
    {
        using var temp = new TempDirectory();
        var db = temp.File("pg.db");
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes($$"""{"title": "Mamba", "abstract": "{{Abstract}}", "arxivId": "2312.00752"}""" + "\n"));

        var ingest = await CliRun.RunAsync(["ingest", "-", "--db", db], stdin);
        var search = await CliRun.RunAsync(["search", "selective", "--db", db]);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal("arxiv:2312.00752\t-\tMamba", search.Output.TrimEnd());
    }

    [Fact]
    public async Task Ingest_MissingPath_ExitsOneWithMessage()
    {
        using var temp = new TempDirectory();

        var ingest = await CliRun.RunAsync(["ingest", temp.File("nope.jsonl"), "--db", temp.File("pg.db")]);

        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains("No such file or folder", ingest.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Root_DocumentsExitCodes()
    {
        var help = await CliRun.RunAsync(["--help"]);

        Assert.Contains("0 = everything ingested, 3 = done but some records were quarantined, 1 = failure", help.Output, StringComparison.Ordinal);
    }
}
