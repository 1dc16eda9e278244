using System.Text.Json;
using PaperGraph.Core.Export;
using PaperGraph.Testing;

namespace PaperGraph.Core.Tests.Export;

/// <summary>
/// Each export opened by a real reader (networkx, rdflib, bibtexparser and bibtool, and a check of the
/// <c>neo4j-admin import</c> header format), with node and edge counts equal to the store's.
/// </summary>
public sealed class RealReaderTests(SampleExportFixture fixture) : IClassFixture<SampleExportFixture>
{
    private long Papers => fixture.Stats.Papers;

    private long Entities => fixture.Stats.Entities;

    [Fact]
    public async Task GraphML_WholeGraph_NetworkxReadsEveryNodeAndTypedEdge()
    {
        ExternalTool.RequireModules("networkx");
        var read = await ExportAndReadAsync(ExportFormat.GraphML, ExportFilter.None, "graphml");

        Assert.Equal(Papers + Entities, read.GetProperty("nodes").GetInt64());
        Assert.True(read.GetProperty("directed").GetBoolean());
        Assert.Equal(Papers, read.GetProperty("nodeTypes").GetProperty("paper").GetInt64());
        Assert.Equal(Entities, read.GetProperty("nodeTypes").GetProperty("entity").GetInt64());
        var edges = read.GetProperty("edgeTypes");
        Assert.Equal(fixture.Stats.Mentions, edges.GetProperty("mentions").GetInt64());
        Assert.Equal(fixture.Introductions, edges.GetProperty("introduces").GetInt64());
        Assert.Equal(fixture.Stats.Links, edges.GetProperty("builds-on").GetInt64());
        Assert.Equal(fixture.Stats.Mentions + fixture.Introductions + fixture.Stats.Links, read.GetProperty("edges").GetInt64());
        Assert.True(fixture.Stats.Links > 20 && fixture.Introductions > 50, "the sample graph links");
    }

    [Fact]
    public async Task JsonLd_WholeGraph_RdflibParsesArticlesTermsAndTheirRelations()
    {
        ExternalTool.RequireModules("rdflib");
        var read = await ExportAndReadAsync(ExportFormat.JsonLd, ExportFilter.None, "jsonld");

        Assert.Equal(Papers, read.GetProperty("papers").GetInt64());
        Assert.Equal(Entities, read.GetProperty("entities").GetInt64());
        Assert.Equal(await DistinctPairsAsync(), read.GetProperty("mentions").GetInt64());
        Assert.Equal(fixture.Stats.Links, read.GetProperty("isBasedOn").GetInt64());
        Assert.Equal(fixture.Introductions, read.GetProperty("introduces").GetInt64());
        Assert.Equal(5, read.GetProperty("authors").GetInt64()); // the extra papers' five authors, each a Person
    }

    [Fact]
    public async Task BibTeX_WholeGraph_BibtexparserAndBibtoolReadOneUniqueEntryPerPaper()
    {
        ExternalTool.RequireModules("bibtexparser");
        var read = await ExportAndReadAsync(ExportFormat.BibTeX, ExportFilter.None, "bibtex");

        Assert.Equal(Papers, read.GetProperty("entries").GetInt64());
        Assert.Equal(Papers, read.GetProperty("uniqueKeys").GetInt64());
        Assert.Equal(Papers, read.GetProperty("withTitle").GetInt64());
        Assert.Equal(3, read.GetProperty("eprints").GetInt64());
        if (read.GetProperty("bibtool").ValueKind == JsonValueKind.Object)
        {
            Assert.Equal((0, ""), (read.GetProperty("bibtool").GetProperty("exit").GetInt32(), read.GetProperty("bibtool").GetProperty("messages").GetString()));
        }
        else if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("bibtool is missing (deploy/ci/setup.sh installs it).");
        }
    }

    [Fact]
    public async Task Csv_WholeGraph_PassesTheNeo4jAdminImportHeaderCheckWithTheStoresCounts()
    {
        var folder = Path.Combine(fixture.Folder, "csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await new GraphExporter(fixture.Store).WriteCsvAsync(ExportFilter.None, name => new StreamWriter(Path.Combine(folder, name)), TestContext.Current.CancellationToken);
        var read = Read("csv", folder);

        Assert.Equal(Papers + Entities, read.GetProperty("nodes").GetInt64());
        Assert.Equal(fixture.Stats.Mentions + fixture.Introductions + fixture.Stats.Links, read.GetProperty("relationships").GetInt64());
        var files = read.GetProperty("files");
        Assert.Equal(Papers, files.GetProperty("papers.csv").GetInt64());
        Assert.Equal(Entities, files.GetProperty("entities.csv").GetInt64());
        Assert.Equal(fixture.Stats.Mentions, files.GetProperty("mentions.csv").GetInt64());
        Assert.Equal(fixture.Stats.Links, files.GetProperty("builds_on.csv").GetInt64());
        var header = (await File.ReadAllLinesAsync(Path.Combine(folder, "papers.csv"), TestContext.Current.CancellationToken))[0];
        Assert.Equal("paperId:ID(Paper),title,abstract,arxivId,date,year:int,authors:string[],:LABEL", header);
    }

    [Fact]
    public async Task Csv_Zip_HoldsTheSameFilesAsTheFolder()
    {
        var ct = TestContext.Current.CancellationToken;
        using var zipBytes = new MemoryStream();
        var counts = await new GraphExporter(fixture.Store).WriteAsync(ExportFormat.Csv, ExportFilter.None, zipBytes, ct);
        zipBytes.Position = 0;
        using var zip = new System.IO.Compression.ZipArchive(zipBytes);
        var files = new Dictionary<string, StringWriter>();
        await new GraphExporter(fixture.Store).WriteCsvAsync(ExportFilter.None, name => files[name] = new StringWriter(), ct);

        Assert.Equal(["entities.csv", "papers.csv", "mentions.csv", "introduces.csv", "builds_on.csv"], zip.Entries.Select(e => e.FullName));
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            Assert.Equal(files[entry.FullName].ToString(), await reader.ReadToEndAsync(ct));
        }

        Assert.Equal(new ExportCounts(Papers, Entities, fixture.Stats.Mentions, fixture.Introductions, fixture.Stats.Links), counts);
    }

    private async Task<long> DistinctPairsAsync()
    {
        var ids = new List<string>();
        await foreach (var id in fixture.Store.StreamPaperIdsAsync(TestContext.Current.CancellationToken))
        {
            ids.Add(id);
        }

        var mentions = await fixture.Store.GetMentionsAsync(ids, TestContext.Current.CancellationToken);
        return mentions.Values.Sum(list => (long)list.Select(m => m.EntityId).Distinct().Count());
    }

    private async Task<JsonElement> ExportAndReadAsync(ExportFormat format, ExportFilter filter, string extension)
    {
        var path = Path.Combine(fixture.Folder, $"{Guid.NewGuid():N}.{extension}");
        await using (var file = File.Create(path))
        {
            await new GraphExporter(fixture.Store).WriteAsync(format, filter, file, TestContext.Current.CancellationToken);
        }

        return Read(format.ToString().ToLowerInvariant(), path);
    }

    internal static JsonElement Read(string format, string path)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Export", "read_export.py");
        var (exit, output, error) = ExternalTool.Run(ExternalTool.Python, [script, format, path]);
        Assert.True(exit == 0, $"The {format} reader failed: {error}{output}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
