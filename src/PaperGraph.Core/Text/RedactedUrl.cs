namespace PaperGraph.Core.Text;

/// <summary>A URL as it may be printed: a <c>user:password@</c> inside it (NEO4J_URL=http://neo4j:secret@host) becomes <c>***@</c>.</summary>
public static class RedactedUrl
{
    public static string Of(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return string.Empty;
        }

        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var hostStart = scheme < 0 ? 0 : scheme + 3;
        var pathStart = url.IndexOfAny(['/', '?', '#'], hostStart);
        var authority = pathStart < 0 ? url[hostStart..] : url[hostStart..pathStart];
        var at = authority.LastIndexOf('@');
        return at < 0 ? url : url[..hostStart] + "***@" + url[(hostStart + at + 1)..];
    }
}
