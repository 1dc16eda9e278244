using System.IO.Compression;
using System.Text.Json.Nodes;
using PaperGraph.Core.Export;

namespace PaperGraph.Api.Tests.Export;

/// <summary><c>GET /export/{format}</c> streams what <see cref="GraphExporter"/> writes, with the same filters; bad ones are a 400.</summary>
public sealed class ExportEndpointTests(ApiFixture api)
{
    [Theory]
    [InlineData("jsonl", ExportFormat.Jsonl, "application/jsonl; charset=utf-8")]
    [InlineData("graphml", ExportFormat.GraphML, "application/graphml+xml; charset=utf-8")]
    [InlineData("jsonld", ExportFormat.JsonLd, "application/ld+json; charset=utf-8")]
    [InlineData("bibtex", ExportFormat.BibTeX, "application/x-bibtex; charset=utf-8")]
    public async Task Export_Format_IsWhatTheExporterWrites(string name, ExportFormat format, string mediaType)
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await api.Client.GetAsync($"/export/{name}?entity=pwc:transformer&from=2000-01-01", ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        using var expected = new StringWriter();
        await new GraphExporter(api.Store).WriteAsync(format, new ExportFilter { EntityId = "pwc:transformer", DateFrom = new(2000, 1, 1) }, expected, ct);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal(expected.ToString(), body);
    }

    [Fact]
    public async Task Export_Csv_IsAZipOfTheFiveFiles()
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await api.Client.GetAsync("/export/csv?around=curated:s4&hops=1", ct);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(ct));
        var files = new Dictionary<string, StringWriter>();
        await new GraphExporter(api.Store).WriteCsvAsync(new ExportFilter { Around = "curated:s4", Hops = 1 }, name => files[name] = new StringWriter(), ct);

        Assert.Equal(["entities.csv", "papers.csv", "mentions.csv", "introduces.csv", "builds_on.csv"], zip.Entries.Select(e => e.FullName));
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            Assert.Equal(files[entry.FullName].ToString(), await reader.ReadToEndAsync(ct));
        }
    }

    [Theory]
    [InlineData("/export/xml", "Unknown export format 'xml'")]
    [InlineData("/export/jsonl?entity=pwc:no-such", "No entity has the id 'pwc:no-such'")]
    [InlineData("/export/graphml?around=arxiv:0000.00000", "No paper or entity has the id 'arxiv:0000.00000'")]
    [InlineData("/export/csv?around=curated:s4&hops=9", "hops must be between 0 and 3")]
    [InlineData("/export/bibtex?from=yesterday", "ISO date")]
    public async Task Export_BadFormatOrFilter_Is400WithTheReason(string url, string reason)
    {
        using var response = await api.Client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains(reason, body["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
