using System.Collections.Concurrent;
using System.Text.Json;

namespace PaperGraph.Store.Neo4j.Tests.Cypher5;

/// <summary>
/// Collects every statement posted to Neo4j's transaction endpoint, read back from the request body the
/// store really sent. <see cref="Tap"/> makes one handler per HTTP client chain, all writing here.
/// </summary>
internal sealed class StatementRecorder
{
    private readonly ConcurrentQueue<SentStatement> _sent = new();

    public IReadOnlyList<SentStatement> Sent => [.. _sent];

    public DelegatingHandler Tap() => new Handler(this);

    private void Record(string body)
    {
        using var document = JsonDocument.Parse(body);
        foreach (var statement in document.RootElement.GetProperty("statements").EnumerateArray())
        {
            var parameters = statement.TryGetProperty("parameters", out var values) && values.ValueKind == JsonValueKind.Object
                ? values.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal).ToList()
                : [];
            _sent.Enqueue(new SentStatement(statement.GetProperty("statement").GetString()!, parameters));
        }
    }

    private sealed class Handler(StatementRecorder recorder) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post && request.Content is not null)
            {
                recorder.Record(await request.Content.ReadAsStringAsync(cancellationToken));
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
