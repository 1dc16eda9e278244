using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Graph;
using PaperGraph.Store.Sqlite;

namespace PaperGraph.Benchmarks.Wrk;

/// <summary>
/// <c>serve-load --db PATH [--seconds S] [--connections N]</c>: <c>papergraph serve</c> on an existing store as a child
/// process, driven by <c>wrk</c> (deploy/wrk/install.sh): a one-paper GraphQL query (<c>graphql.lua</c> with <c>QUERY=paper</c>) against <c>/health/live</c>, a constant
/// JSON answer of the same host and pipeline (the floor), twice each, interleaved; then the mixed search and paper load
/// of <c>graphql.lua</c> at N and at 200 connections; the host's resident and peak memory after each step. In process,
/// the store's paper-by-id read against the same row read into the same paper with one prepared statement on one open
/// connection (raw SQL).
/// </summary>
internal static partial class ServeLoadBenchmark
{
    private const int Ids = 40;

    public static async Task<int> RunAsync(string db, int seconds, int connections)
    {
        if (!File.Exists("/usr/bin/wrk"))
        {
            await Console.Error.WriteLineAsync("Run deploy/wrk/install.sh: the benchmark needs wrk.");
            return 2;
        }

        var ids = await SpreadPaperIdsAsync(db);
        var work = Directory.CreateTempSubdirectory("papergraph-serve-load-");
        var idsFile = Path.Combine(work.FullName, "ids.txt");
        await File.WriteAllLinesAsync(idsFile, ids.Select(id => id.Replace("\"", string.Empty, StringComparison.Ordinal)));
        var scripts = Path.Combine(AppContext.BaseDirectory, "Wrk");

        using var serve = ServeProcess.Start("--db", db);
        var url = serve.Url;
        try
        {
            await WaitReadyAsync(url);
            Console.WriteLine($"host ready: {Memory(serve.Process.Id)}");
            var floor = new List<double>();
            var paper = new List<double>();
            for (var round = 0; round < 2; round++)
            {
                floor.Add(await WrkAsync($"floor, GET /health/live, {connections} connections", url + "/health/live", null, idsFile, connections, seconds));
                paper.Add(await WrkAsync($"one paper, {{ paper(id:) {{ id title }} }}, {connections} connections", url + "/graphql", Path.Combine(scripts, "graphql.lua"), idsFile, connections, seconds, onePaper: true));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one-paper query / constant JSON, req/s: {paper.Max() / floor.Max():F2}x (best of 2 each; target >= 0.4x)"));
            Console.WriteLine($"after the one-paper runs: {Memory(serve.Process.Id)}");
            await WrkAsync($"mixed search and paper (graphql.lua), {connections} connections", url + "/graphql", Path.Combine(scripts, "graphql.lua"), idsFile, connections, seconds);
            await WrkAsync("mixed search and paper (graphql.lua), 200 connections", url + "/graphql", Path.Combine(scripts, "graphql.lua"), idsFile, 200, seconds);
            Console.WriteLine($"after the whole suite: {Memory(serve.Process.Id)} (target: resident <= 400 MB)");
        }
        finally
        {
            work.Delete(recursive: true);
        }

        await CompareWithRawSqlAsync(db, ids);
        return 0;
    }

    /// <summary>The store's one-paper read against the same row through one prepared statement on one open connection.</summary>
    private static async Task CompareWithRawSqlAsync(string db, IReadOnlyList<string> ids)
    {
        const int Calls = 20_000;
        await using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = db }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT p.id, p.title, p.abstract, p.arxiv_id, p.authors, p.year, p.month, p.day FROM papers p WHERE p.id = @id"; // the store's columns
        var id = command.Parameters.Add("@id", SqliteType.Text);
        command.Prepare();

        async Task StoreRead(int i) => _ = (await store.GetPapersAsync([ids[i % ids.Count]], CancellationToken.None)).Count;
        Task RawRead(int i)
        {
            id.Value = ids[i % ids.Count];
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                // The same Paper the store returns, authors parsed from their JSON: the floor is the row, not less.
                _ = new Paper
                {
                    Id = reader.GetString(0),
                    Title = reader.GetString(1),
                    Abstract = reader.GetString(2),
                    ArxivId = reader.IsDBNull(3) ? null : reader.GetString(3),
                    Authors = JsonSerializer.Deserialize<string[]>(reader.GetString(4)) ?? [],
                    Date = reader.IsDBNull(6) ? null : new ListingDate(reader.IsDBNull(5) ? null : reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7)),
                };
            }

            return Task.CompletedTask;
        }

        var (storeUs, rawUs) = (0.0, 0.0);
        for (var round = 0; round < 3; round++)
        {
            // Interleaved, the last two rounds measured: the first warms the code, the pool and the page cache.
            var s = await TimeAsync(StoreRead, Calls);
            var r = await TimeAsync(RawRead, Calls);
            if (round > 0)
            {
                (storeUs, rawUs) = (storeUs + (s / 2), rawUs + (r / 2));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"paper by id, one caller, {Calls} calls x 2: store {storeUs:F1} us, raw SQL {rawUs:F1} us per call: {storeUs / rawUs:F2}x (target <= 1.5x)"));
    }

    private static async Task<double> TimeAsync(Func<int, Task> read, int calls)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            await read(i);
        }

        return clock.Elapsed.TotalMicroseconds / calls;
    }

    /// <param name="onePaper">graphql.lua sends only the smallest paper read (<c>QUERY=paper</c>) instead of its mix.</param>
    private static async Task<double> WrkAsync(string label, string url, string? script, string idsFile, int connections, int seconds, bool onePaper = false)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "--timeout", "30s", "--latency" })
        {
            start.ArgumentList.Add(arg);
        }

        if (script is not null)
        {
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add(script);
        }

        start.ArgumentList.Add(url);
        start.Environment["IDS_FILE"] = idsFile;
        start.Environment["QUERY"] = onePaper ? "paper" : "mix";
        using var wrk = Process.Start(start)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        var errors = await wrk.StandardError.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var rate = RequestsPerSecond().Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var latency = output.Split('\n').Where(l => l.TrimStart().StartsWith("50%", StringComparison.Ordinal) || l.TrimStart().StartsWith("99%", StringComparison.Ordinal)).Select(l => l.Trim());
        var failures = output.Split('\n').FirstOrDefault(l => l.StartsWith("requests ", StringComparison.Ordinal) || l.Contains("Non-2xx", StringComparison.Ordinal))?.Trim();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {rate:F0} req/s; {string.Join(", ", latency)}{(failures is null ? string.Empty : "; " + failures)}"));
        if (wrk.ExitCode != 0 || errors.Length > 0)
        {
            Console.WriteLine($"  wrk said: {errors.Trim()}");
        }

        return rate;
    }

    private static async Task<IReadOnlyList<string>> SpreadPaperIdsAsync(string db)
    {
        await using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = db }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        var all = new List<string>();
        await foreach (var id in store.StreamPaperIdsAsync(CancellationToken.None))
        {
            all.Add(id);
        }

        return [.. Enumerable.Range(0, Ids).Select(i => all[(int)((long)i * all.Count / Ids)])];
    }

    private static async Task WaitReadyAsync(string url)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{url} was not ready within 5 minutes.");
    }

    /// <summary>The process's resident and peak resident memory, from /proc.</summary>
    private static string Memory(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status");
        string Field(string name) => status.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?";
        return $"resident {Field("VmRSS")}, peak {Field("VmHWM")}";
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();
}
