namespace PaperGraph.Api.Transport;

/// <summary>
/// A client that goes away mid-request is not a server failure. The cancellation its departure causes would reach the
/// request log as a 500 with a stack trace, hiding real errors and tripping 5xx alerts; here it ends the request as 499
/// (nginx's "client closed request"), which the request log writes as one information line. A body cut short is
/// Kestrel's <see cref="BadHttpRequestException"/>, which can arrive before the abort is signalled: it ends with the
/// exception's own client-error status (400, 408, 413) instead.
/// </summary>
internal sealed class ClientDisconnectMiddleware(RequestDelegate next)
{
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && (http.RequestAborted.IsCancellationRequested || ex is BadHttpRequestException))
        {
            // Nobody may read the answer any more; once headers went out the status can no longer change.
            if (!http.Response.HasStarted)
            {
                http.Response.StatusCode = http.RequestAborted.IsCancellationRequested ? ClientClosedRequest : ((BadHttpRequestException)ex).StatusCode;
            }
        }
    }
}
