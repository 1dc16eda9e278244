using System.Buffers;

namespace PaperGraph.Api.Transport;

/// <summary>A request body held to a limit: a body over it is refused even when it lies about (or omits) its length.</summary>
internal static class RequestBody
{
    /// <summary>A stream of the body to read once, or null when it is longer than <paramref name="limit"/>.</summary>
    public static async Task<Stream?> OpenAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared)
        {
            // The server hands over exactly the declared length (a longer body is not read, a shorter one fails the
            // read), so a declared length within the limit needs no counting and the body is parsed as it streams in:
            // no copy into an array and then a string, which were most of a small query's garbage.
            return declared > limit ? null : request.Body;
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.WrittenCount + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return new MemoryStream(buffer.WrittenSpan.ToArray(), writable: false);
    }
}
