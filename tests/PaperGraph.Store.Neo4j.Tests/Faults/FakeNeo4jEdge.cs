using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace PaperGraph.Store.Neo4j.Tests.Faults;

/// <summary>
/// A fake Neo4j at the HTTP edge: answers discovery with a given root document and plays scripted
/// answers to transaction commits, then plain successes: one empty result per statement, except that a
/// statement returning only <c>count(...)</c> gets one row of 1, as a store already set up would answer.
/// </summary>
internal sealed class FakeNeo4jEdge(string rootDocument) : HttpMessageHandler
{
    public const string Root3x = """{ "management": "http://localhost:7474/db/manage/", "data": "http://localhost:7474/db/data/", "bolt": "bolt://localhost:7687" }""";

    public const string Data3x = """{ "transaction": "http://localhost:7474/db/data/transaction", "neo4j_version": "3.1.1" }""";

    public const string Root5x = """{ "bolt_direct": "bolt://neo4j:7687", "bolt_routing": "neo4j://neo4j:7687", "transaction": "http://neo4j:7474/db/{databaseName}/tx", "neo4j_version": "5.20.0", "neo4j_edition": "community" }""";

    public const string Root44 = """{ "bolt_routing": "neo4j://localhost:7687", "transaction": "http://localhost:7474/db/{databaseName}/tx", "bolt_direct": "bolt://localhost:7687", "neo4j_version": "4.4.30", "neo4j_edition": "community" }""";

    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _script = new();
    private readonly ConcurrentQueue<(Uri Uri, string Body)> _commits = new();

    public IReadOnlyList<(Uri Uri, string Body)> Commits => [.. _commits];

    public HttpStatusCode DiscoveryStatus { get; init; } = HttpStatusCode.OK;

    /// <summary>How long each commit takes to answer (honouring cancellation, as a socket would).</summary>
    public TimeSpan CommitDelay { get; init; } = TimeSpan.Zero;

    /// <summary>Queues the answers to the next commits, in order.</summary>
    public FakeNeo4jEdge Then(params Func<HttpResponseMessage>[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }

        return this;
    }

    public static HttpResponseMessage Error(string code, string message) => Json(JsonSerializer.Serialize(new { results = Array.Empty<object>(), errors = new[] { new { code, message } } }));

    public static HttpResponseMessage Status(HttpStatusCode status) => new(status) { Content = new StringContent("<html>Service Unavailable</html>") };

    public static Func<HttpResponseMessage> Refused() => () => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get)
        {
            if (DiscoveryStatus != HttpStatusCode.OK)
            {
                return new HttpResponseMessage(DiscoveryStatus) { Content = new StringContent("") };
            }

            return Json(request.RequestUri!.AbsolutePath == "/db/data/" ? Data3x : rootDocument);
        }

        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        _commits.Enqueue((request.RequestUri!, body));
        await Task.Delay(CommitDelay, cancellationToken);
        return _script.TryDequeue(out var answer) ? answer() : Success(body);
    }

    private static HttpResponseMessage Success(string requestBody)
    {
        using var request = JsonDocument.Parse(requestBody);
        var results = request.RootElement.GetProperty("statements").EnumerateArray()
            .Select(statement => IsCountOnly(statement.GetProperty("statement").GetString()!)
                ? new { columns = new[] { "count" }, data = new object[] { new { row = new object[] { 1 } } } }
                : new { columns = Array.Empty<string>(), data = Array.Empty<object>() });
        return Json(JsonSerializer.Serialize(new { results, errors = Array.Empty<object>() }));
    }

    private static bool IsCountOnly(string statement)
    {
        var at = statement.LastIndexOf("RETURN ", StringComparison.Ordinal);
        var returned = at < 0 ? string.Empty : statement[(at + "RETURN ".Length)..];
        return returned.StartsWith("count(", StringComparison.Ordinal) && !returned.Contains(',', StringComparison.Ordinal);
    }

    private static HttpResponseMessage Json(string json) => new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
