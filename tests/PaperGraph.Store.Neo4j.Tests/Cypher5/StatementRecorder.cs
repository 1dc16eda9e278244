using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperGraph.Store.Neo4j.Tests.Cypher5;

/// <summary>
/// Collects every statement posted to Neo4j's transaction endpoint, read back from the request body the
/// store really sent. <see cref="Tap"/> makes one handler per HTTP client chain, all writing here. A transaction
/// sent as a read goes out with <c>includeStats</c> on each statement, so the server itself says whether it updated
/// anything (the store reads no statistics, so the answer it gets is otherwise the same).
/// </summary>
internal sealed class StatementRecorder
{
    private readonly ConcurrentQueue<SentStatement> _sent = new();

    public IReadOnlyList<SentStatement> Sent => [.. _sent];

    public DelegatingHandler Tap() => new Handler(this);

    private void Record(string body, bool readOnly, JsonNode? answer)
    {
        using var document = JsonDocument.Parse(body);
        var index = 0;
        foreach (var statement in document.RootElement.GetProperty("statements").EnumerateArray())
        {
            var parameters = statement.TryGetProperty("parameters", out var values) && values.ValueKind == JsonValueKind.Object
                ? values.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal).ToList()
                : [];
            var updated = answer?["results"]?.AsArray().ElementAtOrDefault(index)?["stats"]?["contains_updates"]?.GetValue<bool>();
            _sent.Enqueue(new SentStatement(statement.GetProperty("statement").GetString()!, parameters, readOnly, updated));
            index++;
        }
    }

    private sealed class Handler(StatementRecorder recorder) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method != HttpMethod.Post || request.Content is null)
            {
                return await base.SendAsync(request, cancellationToken);
            }

            var body = await request.Content.ReadAsStringAsync(cancellationToken);
            var readOnly = request.Headers.TryGetValues("Access-Mode", out var modes) && modes.Contains("READ");
            if (!readOnly)
            {
                recorder.Record(body, readOnly: false, answer: null);
                return await base.SendAsync(request, cancellationToken);
            }

            var withStats = JsonNode.Parse(body)!;
            foreach (var statement in withStats["statements"]!.AsArray())
            {
                statement!["includeStats"] = true;
            }

            var contentType = request.Content.Headers.ContentType;
            request.Content = new StringContent(withStats.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = contentType;
            var response = await base.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            recorder.Record(body, readOnly: true, answer: response.IsSuccessStatusCode ? JsonNode.Parse(text) : null);
            var answerType = response.Content.Headers.ContentType;
            response.Content = new StringContent(text, Encoding.UTF8);
            response.Content.Headers.ContentType = answerType;
            return response;
        }
    }
}
