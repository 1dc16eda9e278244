namespace PaperGraph.Store.Neo4j.Tests.Bench;

/// <summary>Forwards to the real server and keeps every commit body, so the same batches can be replayed raw.</summary>
internal sealed class RecordingEdge() : DelegatingHandler(new SocketsHttpHandler())
{
    public List<byte[]> Bodies { get; } = [];

    public bool Recording { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Recording && request.Method == HttpMethod.Post)
        {
            Bodies.Add(await request.Content!.ReadAsByteArrayAsync(cancellationToken));
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
