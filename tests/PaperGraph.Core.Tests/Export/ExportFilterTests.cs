using System.Text.Json;
using PaperGraph.Core.Export;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Testing;

namespace PaperGraph.Core.Tests.Export;

/// <summary>Filters choose the papers the store's own queries choose, links stay inside the export, keys and authors are as documented.</summary>
public sealed class ExportFilterTests(SampleExportFixture fixture) : IClassFixture<SampleExportFixture>
{
    [Fact]
    public async Task Jsonl_EntityFilter_HoldsExactlyThePapersThatMentionIt()
    {
        var lines = await JsonlAsync(new ExportFilter { EntityId = "pwc:transformer" });
        var expected = await fixture.Store.CountPapersAsync(new PaperFilter { MentionsEntityIds = ["pwc:transformer"] }, TestContext.Current.CancellationToken);

        Assert.Equal(expected, lines.Count);
        Assert.True(expected > 10);
        Assert.All(lines, line => Assert.Contains(line.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("entity").GetProperty("id").GetString() == "pwc:transformer"));
        var ids = lines.Select(l => l.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(lines.SelectMany(l => l.GetProperty("links").EnumerateArray()), link => Assert.Contains(link.GetProperty("paper").GetProperty("id").GetString(), ids));
    }

    [Fact]
    public async Task Jsonl_DateRange_HoldsOnlyPapersListedInIt()
    {
        var lines = await JsonlAsync(new ExportFilter { DateFrom = new ListingDate(2024, 1, 1), DateTo = new ListingDate(2024, 12, 31) });

        Assert.Equal(["arxiv:2401.01234"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(["Jürgen Schmidhuber", "O'Neil, Cathy", "Ada Lovelace"], lines[0].GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task GraphML_Neighbourhood_HoldsThePaperWhatBuildsOnItAndOnlyTheirEntities()
    {
        ExternalTool.RequireModules("networkx");
        var filter = new ExportFilter { Around = "arxiv:2312.00752", Hops = 2 };
        var lines = await JsonlAsync(filter);
        var ids = lines.Select(l => l.GetProperty("id").GetString()).ToList();
        Assert.Contains("arxiv:2312.00752", ids);
        Assert.Contains("arxiv:2401.01234", ids); // mentions RichMamba, which 2312.00752 introduces
        var entityIds = lines.SelectMany(l => l.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("entity").GetProperty("id").GetString())
            .Concat(l.GetProperty("introduces").EnumerateArray().Select(e => e.GetProperty("id").GetString()))).Distinct().Count();

        using var writer = new StringWriter();
        var counts = await new GraphExporter(fixture.Store).WriteAsync(ExportFormat.GraphML, filter, writer, TestContext.Current.CancellationToken);

        Assert.Equal((ids.Count, (long)entityIds), (counts.Papers, counts.Entities));
        Assert.True(counts.Links >= 1);
        var path = Path.Combine(fixture.Folder, Guid.NewGuid().ToString("N") + ".graphml");
        await File.WriteAllTextAsync(path, writer.ToString(), TestContext.Current.CancellationToken);
        var read = RealReaderTests.Read("graphml", path);
        Assert.Equal(counts.Papers + counts.Entities, read.GetProperty("nodes").GetInt64());
        Assert.Equal(counts.Mentions + counts.Introductions + counts.Links, read.GetProperty("edges").GetInt64());
    }

    [Fact]
    public async Task Export_UnknownEntityOrCentre_IsRefusedWithTheId()
    {
        var exporter = new GraphExporter(fixture.Store);
        var entity = await Assert.ThrowsAsync<ExportFilterException>(() => exporter.WriteAsync(ExportFormat.Jsonl, new ExportFilter { EntityId = "pwc:no-such" }, TextWriter.Null, TestContext.Current.CancellationToken));
        var centre = await Assert.ThrowsAsync<ExportFilterException>(() => exporter.WriteAsync(ExportFormat.GraphML, new ExportFilter { Around = "arxiv:0000.00000" }, TextWriter.Null, TestContext.Current.CancellationToken));

        Assert.Contains("pwc:no-such", entity.Message, StringComparison.Ordinal);
        Assert.Contains("arxiv:0000.00000", centre.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BibTeX_Keys_AreAuthorYearWordAndTheIdWithEprintFields()
    {
        using var writer = new StringWriter();
        await new GraphExporter(fixture.Store).WriteAsync(ExportFormat.BibTeX, new ExportFilter { DateFrom = new ListingDate(2000, 1, 1) }, writer, TestContext.Current.CancellationToken);
        var text = writer.ToString();

        Assert.Contains("@misc{Gu2023Selective-2312.00752,\n", text, StringComparison.Ordinal);
        Assert.Contains("@misc{Schmidhuber2024Attention-2401.01234,\n", text, StringComparison.Ordinal);
        Assert.Contains("@misc{Anon2001Old-cs.0112017,\n", text, StringComparison.Ordinal);
        Assert.Contains("  eprint = {2312.00752},\n  archivePrefix = {arXiv},\n", text, StringComparison.Ordinal);
        Assert.Contains("  author = {Albert Gu and Tri Dao},\n", text, StringComparison.Ordinal);
        Assert.Contains(@"title = {{Sélective \textbraceleft{}State\textbraceright{} Spaces \& 100\% Linear-Time <Sequence> Modeling}}", text, StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> JsonlAsync(ExportFilter filter)
    {
        using var writer = new StringWriter();
        await new GraphExporter(fixture.Store).WriteAsync(ExportFormat.Jsonl, filter, writer, TestContext.Current.CancellationToken);
        return [.. writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }
}
