using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Timeout;

namespace PaperGraph.Store.Neo4j.Http;

/// <summary>
/// Runs Cypher over Neo4j's HTTP transactional API: each call is one transaction posted to the
/// <c>commit</c> endpoint, so a batch of statements commits or rolls back as a whole. Discovers the
/// endpoint once; sends every call through the named resilience pipeline.
/// </summary>
internal sealed class CypherClient(
    IHttpClientFactory httpClientFactory,
    ResiliencePipelineProvider<string> pipelines,
    IOptions<Neo4jOptions> options,
    ILogger<CypherClient> logger)
{
    public const string HttpClientName = "PaperGraph.Neo4j";

    private static readonly JsonSerializerOptions ParameterJson = new(JsonSerializerDefaults.Web);

    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(Neo4jResilience.PipelineName);
    private readonly SemaphoreSlim _discoveryLock = new(1, 1);
    private readonly Uri[] _members = [.. new[] { options.Value.Url }.Concat(options.Value.OtherUrls).Select(url => new Uri(url.TrimEnd('/') + "/"))];
    private readonly Neo4jEndpoint?[] _endpoints = new Neo4jEndpoint?[1 + options.Value.OtherUrls.Count];
    private int _member;
    private string[] _bookmarks = [];

    /// <summary>The member in use's URL for messages: credentials inside NEO4J_URL are never printed.</summary>
    private string PrintableBaseUri => PaperGraph.Core.Text.RedactedUrl.Of(_members[Volatile.Read(ref _member)].OriginalString);

    public Task<Neo4jEndpoint> GetEndpointAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _endpoints[Volatile.Read(ref _member)]) is { } known
            ? Task.FromResult(known)
            : ExecuteAsync(token => OnMemberAsync(member => EndpointOfAsync(member, token)), cancellationToken);

    /// <summary>The member's endpoint, discovered once (members of one cluster run one version).</summary>
    private async ValueTask<Neo4jEndpoint> EndpointOfAsync(int member, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _endpoints[member]) is { } known)
        {
            return known;
        }

        await _discoveryLock.WaitAsync(cancellationToken);
        try
        {
            if (_endpoints[member] is null)
            {
                var http = httpClientFactory.CreateClient(HttpClientName);
                var endpoint = await EndpointDiscovery.DiscoverAsync(http, _members[member], options.Value.Database, cancellationToken);
                Log.Discovered(logger, endpoint.Version, PaperGraph.Core.Text.RedactedUrl.Of(endpoint.CommitUri.AbsoluteUri));
                Volatile.Write(ref _endpoints[member], endpoint);
            }

            return _endpoints[member]!;
        }
        finally
        {
            _discoveryLock.Release();
        }
    }

    /// <summary>
    /// One attempt on the member in use. When it cannot be reached and the cluster has other members, the next one is
    /// in use from then on, and the pipeline's retry goes there.
    /// </summary>
    private async ValueTask<T> OnMemberAsync<T>(Func<int, ValueTask<T>> attempt)
    {
        var member = Volatile.Read(ref _member);
        try
        {
            return await attempt(member);
        }
        catch (HttpRequestException) when (_members.Length > 1)
        {
            Interlocked.CompareExchange(ref _member, (member + 1) % _members.Length, member);
            throw;
        }
    }

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken) =>
        (await RunAsync([statement], cancellationToken))[0];

    /// <summary>Runs the statements in one transaction and returns one result per statement.</summary>
    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        RunAsync(Prepare(statements), cancellationToken);

    /// <summary>Serialises a transaction ahead of time, so a writer can build batch N+1 while batch N is in flight.</summary>
    public static PreparedTransaction Prepare(IReadOnlyList<CypherStatement> statements) => new(Serialize(statements), statements.Count, AccessMode.IsReadOnly(statements));

    public async Task<IReadOnlyList<CypherResult>> RunAsync(PreparedTransaction transaction, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        return await ExecuteAsync(
            token => OnMemberAsync(async member => await SendOnceAsync(http, (await EndpointOfAsync(member, token)).CommitUri, transaction, token)),
            cancellationToken);
    }

    private async Task<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(call, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new Neo4jUnavailableException($"Neo4j at {PrintableBaseUri} is unreachable ({exception.HttpRequestError}).", exception);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new Neo4jUnavailableException($"Neo4j at {PrintableBaseUri} did not answer within {options.Value.RequestTimeout}.", exception);
        }
        catch (BrokenCircuitException exception)
        {
            throw new Neo4jUnavailableException($"Neo4j at {PrintableBaseUri} is failing; calls are paused (circuit open).", exception);
        }
    }

    private async ValueTask<IReadOnlyList<CypherResult>> SendOnceAsync(HttpClient http, Uri uri, PreparedTransaction transaction, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(transaction.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Accept.ParseAdd("application/json");
        if (transaction.ReadOnly)
        {
            request.Headers.TryAddWithoutValidation("Access-Mode", "READ");
        }

        if (Volatile.Read(ref _bookmarks) is { Length: > 0 } bookmarks)
        {
            request.Headers.TryAddWithoutValidation("Bookmarks", JsonSerializer.Serialize(bookmarks));
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            Log.HttpFailure(logger, status, PaperGraph.Core.Text.RedactedUrl.Of(uri.AbsoluteUri), text.Length > 2000 ? text[..2000] : text);
            throw status >= 500
                ? new Neo4jTransientException($"http-{status}", $"Neo4j answered HTTP {status}.")
                : new Neo4jQueryException($"http-{status}", $"Neo4j refused the request with HTTP {status}.");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        ThrowOnErrors(document.RootElement, transaction.StatementCount);
        KeepBookmarks(document.RootElement);
        return ReadResults(document.RootElement);
    }

    /// <summary>
    /// 4.x/5.x answer each commit with the bookmarks of the state it left; the next transaction sends them back, and a
    /// cluster member runs it only once it has caught up with them, so this process always reads its own writes, on any
    /// member. 3.x sends none, and none are sent to it.
    /// </summary>
    private void KeepBookmarks(JsonElement root)
    {
        if (root.TryGetProperty("lastBookmarks", out var last) && last.ValueKind == JsonValueKind.Array && last.GetArrayLength() > 0)
        {
            Volatile.Write(ref _bookmarks, [.. last.EnumerateArray().Select(bookmark => bookmark.GetString()!)]);
        }
    }

    /// <summary>A 200 with a non-empty <c>errors</c> array means Neo4j rolled the transaction back.</summary>
    private void ThrowOnErrors(JsonElement root, int statementCount)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.GetArrayLength() == 0)
        {
            return;
        }

        var first = errors[0];
        var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "unknown" : "unknown";
        var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
        Log.TransactionFailed(logger, statementCount, code, message);
        if (IsTransactionTimeout(code, message))
        {
            throw new Neo4jTransactionTimeoutException(code, $"Neo4j stopped the transaction at its time limit, dbms.transaction.timeout ({code}).");
        }

        // A cluster member that cannot take this write (it lost or never had the leader's role) is a moment in the
        // cluster's life, not a wrong statement: the retry is routed again, server-side, to the current leader.
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || code == "Neo.ClientError.Cluster.NotALeader")
        {
            throw new Neo4jTransientException(code, $"Neo4j reported a transient failure ({code}).");
        }

        throw new Neo4jQueryException(code, $"Neo4j rejected the transaction ({code}).");
    }

    /// <summary>
    /// The server's transaction timeout: 3.2 and later answer a ClientError of its own (5.x a second one for a timeout the
    /// client set); 3.1 answers <c>Neo.DatabaseError.Statement.ExecutionFailed</c>, and only its message tells which failure
    /// it is: the statement's guard ("Transaction timeout. (Overtime: 3 ms).") or the timeout monitor, whichever comes first
    /// ("The transaction has been terminated. … The transaction has not completed within the specified timeout. …").
    /// </summary>
    private static bool IsTransactionTimeout(string code, string message) =>
        code is "Neo.ClientError.Transaction.TransactionTimedOut" or "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"
        || (code == "Neo.DatabaseError.Statement.ExecutionFailed"
            && (message.StartsWith("Transaction timeout.", StringComparison.Ordinal)
                || message.Contains("has not completed within the specified timeout", StringComparison.Ordinal)));

    private static List<CypherResult> ReadResults(JsonElement root)
    {
        var results = new List<CypherResult>();
        foreach (var result in root.GetProperty("results").EnumerateArray())
        {
            var columns = result.GetProperty("columns").EnumerateArray().Select(column => column.GetString()!).ToList();
            var rows = result.GetProperty("data").EnumerateArray().Select(datum => datum.GetProperty("row").Clone()).ToList();
            results.Add(new CypherResult(columns, rows));
        }

        return results;
    }

    private static byte[] Serialize(IReadOnlyList<CypherStatement> statements)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                writer.WriteStartObject();
                writer.WriteString("statement", statement.Text);
                writer.WritePropertyName("parameters");
                JsonSerializer.Serialize(writer, statement.Parameters ?? new object(), ParameterJson);
                writer.WriteStartArray("resultDataContents");
                writer.WriteStringValue("row");
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
