using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace PaperGraph.Store.Neo4j.Tests.Recorded5x;

/// <summary>
/// A Neo4j 5 at the HTTP edge that answers only with the response bodies in <c>Recorded5x/Responses</c> (see its
/// SOURCE.md): discovery with the documented root document, each commit with the next queued body, and once the
/// queue is empty with the documented single-statement commit (<c>commit-bookmarks.json</c>).
/// </summary>
internal sealed class DocumentedNeo4j5 : HttpMessageHandler
{
    private readonly ConcurrentQueue<(HttpStatusCode Status, string File)> _answers = new();
    private readonly ConcurrentQueue<(HttpRequestMessage Request, string Body)> _commits = new();

    public IReadOnlyList<(HttpRequestMessage Request, string Body)> Commits => [.. _commits];

    public DocumentedNeo4j5 Then(string file, HttpStatusCode status = HttpStatusCode.OK)
    {
        _answers.Enqueue((status, file));
        return this;
    }

    public static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recorded5x", "Responses", file));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath == "/")
        {
            return Answer(HttpStatusCode.OK, "discovery-root.json");
        }

        if (request.Method != HttpMethod.Post)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        _commits.Enqueue((request, await request.Content!.ReadAsStringAsync(cancellationToken)));
        var (status, file) = _answers.TryDequeue(out var next) ? next : (HttpStatusCode.OK, "commit-bookmarks.json");
        return Answer(status, file);
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string file) =>
        new(status) { Content = new StringContent(Read(file), Encoding.UTF8, "application/json") };
}
