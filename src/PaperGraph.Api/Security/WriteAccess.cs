using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace PaperGraph.Api.Security;

/// <summary>Decides whether one request may write: the configured key (compared in constant time), or loopback when allowed.</summary>
internal sealed class WriteAccess(ApiSecurityOptions options)
{
    /// <summary>The user-context key under which the endpoint passes the decision to <see cref="WriteAccessRule"/>.</summary>
    public const string ContextKey = "papergraph.canWrite";

    public bool IsGranted(HttpContext http)
    {
        if (options.ApiKey is { Length: > 0 } key && PresentedKey(http.Request) is { } presented)
        {
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(key));
        }

        // No remote address means an in-process caller (the test server), which is this machine too.
        var remote = http.Connection.RemoteIpAddress;
        return options.AllowAnonymousLoopbackWrites && (remote is null || IPAddress.IsLoopback(remote));
    }

    private static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        var apiKey = request.Headers["X-Api-Key"].ToString();
        return apiKey.Length > 0 ? apiKey : null;
    }
}
