namespace PaperGraph.Benchmarks;

/// <summary>Forwards to the real server and keeps every commit body, so the same batches can be replayed raw.</summary>
internal sealed class RecordingEdge() : DelegatingHandler(new SocketsHttpHandler())
{
    public List<byte[]> Bodies { get; } = [];

    public bool Recording { get; set; }

    /// <summary>Where the recorded bodies were posted (the discovered commit endpoint).</summary>
    public Uri? CommitUri { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Recording && request.Method == HttpMethod.Post)
        {
            Bodies.Add(await request.Content!.ReadAsByteArrayAsync(cancellationToken));
            CommitUri = request.RequestUri;
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
