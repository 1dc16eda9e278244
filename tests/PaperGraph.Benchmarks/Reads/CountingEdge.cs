namespace PaperGraph.Benchmarks.Reads;

/// <summary>Forwards to the real Neo4j server and counts the requests: a read's round trips are the count's difference.</summary>
internal sealed class CountingEdge() : DelegatingHandler(new SocketsHttpHandler())
{
    private long _requests;

    public long Requests => Interlocked.Read(ref _requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        return base.SendAsync(request, cancellationToken);
    }
}
