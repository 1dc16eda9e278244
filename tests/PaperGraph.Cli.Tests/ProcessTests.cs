using System.Text.Json;
using PaperGraph.Testing;
using PaperGraph.Testing.Processes;

namespace PaperGraph.Cli.Tests;

/// <summary>Runs the built <c>papergraph</c> as a real process: Program.cs wiring, stdout purity, exit codes.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task Process_IngestRedirectedThenStatsJson_LogsToStderrAndPrintsPureJson()
    {
        using var temp = new TempDirectory();
        var path = temp.File("papers.jsonl");
        await File.WriteAllTextAsync(path, """
            {"title": "Mamba", "abstract": "We study selective state spaces.", "arxivId": "2312.00752"}
            [1, 2]
            """, TestContext.Current.CancellationToken);
        var db = temp.File("pg.db");

        var ingest = await CliProcess.RunAsync("ingest", path, "--db", db);
        var stats = await CliProcess.RunAsync("stats", "--json", "--db", db);

        Assert.Equal(3, ingest.ExitCode);
        Assert.Contains("Quarantined papers.jsonl line 2: not-an-object", ingest.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Quarantined", ingest.Output, StringComparison.Ordinal);
        Assert.Equal(0, stats.ExitCode);
        using var json = JsonDocument.Parse(stats.Output);
        Assert.Equal(["papers", "entities", "mentions", "links", "quarantined"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, json.RootElement.GetProperty("papers").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("quarantined").GetInt64());
    }
}
