using Microsoft.AspNetCore.StaticFiles;

namespace PaperGraph.Api.Transport;

/// <summary>
/// Cache-Control for the files under <c>wwwroot</c> (the static file middleware already sends ETag and
/// Last-Modified and answers If-None-Match with 304). The explorer's bundle is named by its content hash, so a
/// browser keeps it for a year without asking again; every other file keeps its fixed name across builds, so
/// it is revalidated on each use instead of being reused on a browser's guess at its freshness.
/// </summary>
internal static class StaticFileCaching
{
    public const string Hashed = "public, max-age=31536000, immutable";
    public const string Revalidated = "no-cache";

    public static void Apply(StaticFileResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Context.Request.Path;
        context.Context.Response.Headers.CacheControl =
            path.StartsWithSegments("/explorer/dist", StringComparison.Ordinal) && !path.Value!.EndsWith(".html", StringComparison.Ordinal)
                ? Hashed
                : Revalidated;
    }
}
