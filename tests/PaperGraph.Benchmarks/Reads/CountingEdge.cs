namespace PaperGraph.Benchmarks.Reads;

/// <summary>
/// Forwards to the real Neo4j server, counts the requests (a read's round trips are the count's difference) and keeps
/// each request's path and body since the last <see cref="TakeSent"/>, unparsed, so keeping them costs the timing little.
/// </summary>
internal sealed class CountingEdge() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly Lock _gate = new();
    private List<(string Path, byte[]? Body)> _sent = [];
    private long _requests;

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>The requests sent since the last call, oldest first.</summary>
    public IReadOnlyList<(string Path, byte[]? Body)> TakeSent()
    {
        lock (_gate)
        {
            var sent = _sent;
            _sent = [];
            return sent;
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        lock (_gate)
        {
            _sent.Add(($"{request.Method} {request.RequestUri?.AbsolutePath}", body));
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
