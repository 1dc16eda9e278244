using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using PaperGraph.Ingestion.Tests.Infrastructure;
using PaperGraph.Testing;
using PaperGraph.Testing.Processes;

namespace PaperGraph.Ingestion.Tests.Processes;

/// <summary><c>--log-format json</c>: every line a JSON object, for the host (serve) and for a one-shot command.</summary>
public sealed class LogFormatTests
{
    [Fact]
    public async Task Serve_LogFormatJson_EveryLineIsJsonAndEachOperationHasOneInformationLine()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var url = $"http://127.0.0.1:{FreePort()}";
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        using var serve = CliProcess.Start(new Dictionary<string, string>(), "serve", "--db", temp.File("pg.db"), "--urls", url, "--log-format", "json");
        await Eventually.TrueAsync(() => Ready(http), TimeSpan.FromSeconds(60), $"/health/ready 200\n{serve.Output}");

        using (await http.PostAsJsonAsync("/graphql", new { query = "query JsonLogFirst { papers(first: 1) { totalCount } }" }, ct))
        using (await http.PostAsJsonAsync("/graphql", new { query = "query JsonLogSecond { nope }" }, ct))
        using (await http.GetAsync("/health/ready", ct))
        {
        }

        Assert.True(await serve.TerminateAsync(TimeSpan.FromSeconds(20)), serve.Output);
        var events = Parse(serve.StandardOutput);

        Assert.Single(events, e => Operation(e) == "JsonLogFirst" && IsInformation(e) && Property(e, "Outcome") == "ok");
        Assert.Single(events, e => Operation(e) == "JsonLogSecond" && IsInformation(e) && Property(e, "Outcome") == "rejected");
        Assert.All(events, e => Assert.True(e.TryGetProperty("@t", out _), e.ToString()));
        // Probes and access lines are Debug: none at the default level.
        Assert.DoesNotContain(events, e => Property(e, "RequestPath") == "/health/ready");
        Assert.DoesNotContain(events, e => e.GetProperty("@m").GetString()!.StartsWith("HTTP ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stats_LogFormatJson_EveryStderrLineIsJson()
    {
        using var temp = new TempDirectory();

        var (exitCode, output, error) = await CliProcess.RunAsync("stats", "--db", temp.File("pg.db"), "--log-format", "json");

        Assert.Equal(0, exitCode);
        Assert.Contains("papers", output, StringComparison.Ordinal);
        Assert.Contains(Parse(error), e => e.GetProperty("@m").GetString()!.Contains("SQLite store ready", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stats_LogFormatUnknown_IsAUsageError()
    {
        var (exitCode, _, error) = await CliProcess.RunAsync("stats", "--log-format", "xml");

        Assert.Equal(2, exitCode);
        Assert.Contains("'xml'", error, StringComparison.Ordinal);
    }

    /// <summary>Every non-empty line as JSON: a line that is not JSON fails the test here.</summary>
    private static List<JsonElement> Parse(string lines) =>
        lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();

    private static string? Operation(JsonElement e) => Property(e, "Operation");

    private static string? Property(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>CLEF leaves <c>@l</c> out for Information.</summary>
    private static bool IsInformation(JsonElement e) => !e.TryGetProperty("@l", out var level) || level.GetString() == "Information";

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
