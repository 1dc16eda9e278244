using System.Net;
using System.Net.Sockets;
using PaperGraph.Core.Samples;
using PaperGraph.Ingestion.Tests.Infrastructure;
using PaperGraph.Testing;
using PaperGraph.Testing.Neo4j;
using PaperGraph.Testing.Processes;

namespace PaperGraph.Ingestion.Tests.Processes;

/// <summary>
/// Scale-out on one Neo4j: two API processes (<c>serve</c>, each with its inbox) and two workers sharing the first
/// inbox take 20 dropped files, one worker is killed with SIGKILL in the middle of a file, and the graph still equals
/// one process ingesting the same files.
/// </summary>
[Collection("Neo4j server stops")]
public sealed class ScaleOutTests(Neo4jServer server) : IClassFixture<Neo4jServer>
{
    private const int Files = 20;
    private const int PapersPerFile = 30;

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Ingestion__BatchSize"] = "10",
        ["Ingestion__StabilityInterval"] = "00:00:00.100",
        ["Ingestion__RescanInterval"] = "00:00:00.500",
        ["Ingestion__MaxClaimedFiles"] = "1",
        ["Samples__IncludeDated"] = "false", // the listing pages only: the dated sample takes minutes to link on Neo4j 3.1
    };

    [Fact]
    public async Task TwoApisAndTwoWorkers_OneWorkerKilledMidFile_GraphEqualsOneProcessIngest()
    {
        server.RequireReachable();
        var ct = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        var staging = temp.File("staging");
        Directory.CreateDirectory(staging);
        for (var file = 0; file < Files; file++)
        {
            await File.WriteAllTextAsync(Path.Combine(staging, $"f{file:D2}.jsonl"), SyntheticPapers.Jsonl(file * PapersPerFile, PapersPerFile, "scale"), ct);
        }

        // serve seeds the sample corpus into the empty store, so the single process ingests it too.
        await server.ClearDatabaseAsync(ct);
        var single = await CliProcess.RunAsync(["ingest", .. SampleCorpus.ExtractTo(temp.File("samples")), staging, .. Store]);
        Assert.True(single.ExitCode == 0, single.Error);
        var expected = await ExportAsync();
        await server.ClearDatabaseAsync(ct);

        var (shared, own) = (new InboxLayout(temp.File("inbox-shared")), new InboxLayout(temp.File("inbox-own")));
        var processes = new List<CliProcess>();
        try
        {
            var api = Serve(shared.Root, processes);
            using (var http = new HttpClient { BaseAddress = api })
            {
                await Eventually.TrueAsync(() => Ready(http), TimeSpan.FromSeconds(180), "the first API seeded and ready");
            }

            Serve(own.Root, processes);
            var victim = Start(processes, ["worker", "--inbox", shared.Root, .. Store]);
            Start(processes, ["worker", "--inbox", shared.Root, .. Store]);
            for (var file = 0; file < Files; file++)
            {
                var inbox = file % 4 == 3 ? own.Root : shared.Root;
                File.Copy(Path.Combine(staging, $"f{file:D2}.jsonl"), Path.Combine(inbox, $"f{file:D2}.jsonl.part"));
                File.Move(Path.Combine(inbox, $"f{file:D2}.jsonl.part"), Path.Combine(inbox, $"f{file:D2}.jsonl"));
            }

            await Eventually.TrueAsync(() => victim.StandardError.Contains("Reading", StringComparison.Ordinal) || victim.HasExited, TimeSpan.FromSeconds(180), $"the victim worker reading a file\n{victim.Output}");
            victim.KillHard();
            Assert.True(shared.Receipts().Length + own.Receipts().Length < Files, "every file was done before the kill");

            await Eventually.TrueAsync(
                () => shared.Receipts().Length + own.Receipts().Length == Files || processes.Any(p => p != victim && p.HasExited),
                TimeSpan.FromSeconds(600),
                $"{Files} receipts\n{string.Join("\n----\n", processes.Select(p => p.Output))}");
            Assert.Empty(shared.Errors());
            Assert.Empty(own.Errors());
            Assert.Equal(Files, shared.Receipts().Length + own.Receipts().Length);
        }
        finally
        {
            foreach (var process in processes)
            {
                process.Dispose();
            }
        }

        Assert.Equal(expected, await ExportAsync());
        await server.ClearDatabaseAsync(ct);
    }

    private string[] Store => ["--store", "neo4j", "--neo4j-url", server.Url];

    private Uri Serve(string inbox, List<CliProcess> processes)
    {
        Directory.CreateDirectory(inbox);
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        Start(processes, ["serve", "--inbox", inbox, "--urls", url.ToString().TrimEnd('/'), .. Store]);
        return url;
    }

    private static CliProcess Start(List<CliProcess> processes, string[] args)
    {
        var process = CliProcess.Start(Settings, args);
        processes.Add(process);
        return process;
    }

    private async Task<string> ExportAsync()
    {
        var export = await CliProcess.RunAsync(["export", "--format", "jsonl", .. Store]);
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Contains("\"mentions\":[{", export.Output, StringComparison.Ordinal);
        return export.Output;
    }

    private static bool Ready(HttpClient http)
    {
        try
        {
            using var response = http.GetAsync("/health/ready").GetAwaiter().GetResult();
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
