using Microsoft.AspNetCore.Connections;

namespace PaperGraph.Api.Transport;

/// <summary>
/// A client that goes away mid-request is not a server failure. The cancellation its departure causes would reach the
/// request log as a 500 with a stack trace, hiding real errors and tripping 5xx alerts; here it ends the request as 499
/// (nginx's "client closed request"), which the request log writes as one information line. A body cut short is
/// Kestrel's <see cref="BadHttpRequestException"/>, and a reset socket its <see cref="ConnectionResetException"/>; either
/// can arrive before the abort is signalled. A reset is the client leaving (499); a bad body ends with the exception's
/// own client-error status (400, 408, 413).
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
        catch (Exception ex) when (ex is OperationCanceledException or IOException && (ClientLeft(http, ex) || ex is BadHttpRequestException))
        {
            // Nobody may read the answer any more; once headers went out the status can no longer change.
            var clientLeft = ClientLeft(http, ex);
            if (!http.Response.HasStarted)
            {
                http.Response.StatusCode = clientLeft ? ClientClosedRequest : ((BadHttpRequestException)ex).StatusCode;
            }

            if (clientLeft)
            {
                // Say the connection is gone, so Kestrel does not try to drain a body whose reader the reset left
                // broken (it logs that attempt as an error).
                http.Abort();
            }
        }
    }

    // A reset socket can surface as ConnectionResetException on the body read before RequestAborted is signalled.
    private static bool ClientLeft(HttpContext http, Exception ex) =>
        http.RequestAborted.IsCancellationRequested || ex is ConnectionResetException || ex.InnerException is ConnectionResetException;
}
