using PaperGraph.Core.Samples;
using PaperGraph.Testing;

namespace PaperGraph.Cli.Tests;

public sealed class ExportFormatsCliTests
{
    [Fact]
    public async Task Export_EveryFormat_WritesAFileAndCsvAFolderOrZip()
    {
        using var temp = new TempDirectory();
        SampleCorpus.ExtractTo(temp.File("samples"));
        var db = temp.File("pg.db");
        Assert.Equal(0, (await CliRun.RunAsync(["ingest", temp.File("samples"), "--db", db])).ExitCode);

        foreach (var format in new[] { "graphml", "jsonld", "bibtex" })
        {
            var run = await CliRun.RunAsync(["export", "--format", format, "--db", db, "-o", temp.File("graph." + format)]);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal(await File.ReadAllTextAsync(temp.File("graph." + format), TestContext.Current.CancellationToken), (await CliRun.RunAsync(["export", "--format", format, "--db", db])).Output);
        }

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml", await File.ReadAllTextAsync(temp.File("graph.graphml"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(0, (await CliRun.RunAsync(["export", "--format", "csv", "--db", db, "-o", temp.File("csv")])).ExitCode);
        Assert.Equal(["builds_on.csv", "entities.csv", "introduces.csv", "mentions.csv", "papers.csv"], Directory.GetFiles(temp.File("csv")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(0, (await CliRun.RunAsync(["export", "--format", "csv", "--db", db, "-o", temp.File("graph.zip")])).ExitCode);
        Assert.True(new FileInfo(temp.File("graph.zip")).Length > 1_000);
    }

    [Fact]
    public async Task Export_CsvToStdoutUnknownFormatOrEntity_FailWithAReason()
    {
        using var temp = new TempDirectory();
        var db = temp.File("pg.db");
        Assert.Equal(0, (await CliRun.RunAsync(["stats", "--db", db])).ExitCode);

        var csv = await CliRun.RunAsync(["export", "--format", "csv", "--db", db]);
        var unknown = await CliRun.RunAsync(["export", "--format", "xml", "--db", db]);
        var entity = await CliRun.RunAsync(["export", "--entity", "pwc:no-such", "--db", db]);
        var date = await CliRun.RunAsync(["export", "--from", "soon", "--db", db]);

        Assert.Equal(1, csv.ExitCode);
        Assert.Contains("csv writes several files", csv.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Equal(1, entity.ExitCode);
        Assert.Contains("pwc:no-such", entity.Error, StringComparison.Ordinal);
        Assert.Equal(1, date.ExitCode);
    }
}
