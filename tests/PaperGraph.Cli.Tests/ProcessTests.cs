using System.Diagnostics;
using System.Text.Json;
using PaperGraph.Testing;

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

        var ingest = await RunAsync("ingest", path, "--db", db);
        var stats = await RunAsync("stats", "--json", "--db", db);

        Assert.Equal(3, ingest.ExitCode);
        Assert.Contains("Quarantined papers.jsonl line 2: not-an-object", ingest.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Quarantined", ingest.Output, StringComparison.Ordinal);
        Assert.Equal(0, stats.ExitCode);
        using var json = JsonDocument.Parse(stats.Output);
        Assert.Equal(["papers", "entities", "mentions", "links", "quarantined"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, json.RootElement.GetProperty("papers").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("quarantined").GetInt64());
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "papergraph.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
