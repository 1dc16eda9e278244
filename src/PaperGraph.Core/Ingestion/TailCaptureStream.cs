namespace PaperGraph.Core.Ingestion;

/// <summary>
/// A read-only pass-through that remembers the last bytes read and where recent lines start. A parser that
/// reads ahead (XmlReader) reports errors by line; this lets the bytes from that line on be quarantined
/// without buffering the whole source.
/// </summary>
internal sealed class TailCaptureStream(Stream inner, int window) : ReadOnlyPassThroughStream(inner)
{
    private readonly byte[] _ring = new byte[window];
    private readonly Queue<(long Line, long Offset)> _lineStarts = new([(1L, 0L)]);
    private long _position;
    private long _line = 1;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(Span<byte> buffer)
    {
        var read = Inner.Read(buffer);
        Remember(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await Inner.ReadAsync(buffer, cancellationToken);
        Remember(buffer.Span[..read]);
        return read;
    }

    /// <summary>The bytes from the start of <paramref name="line"/> (or the oldest one still remembered) to the end of the source, cut at <paramref name="limit"/>.</summary>
    public async Task<(long Offset, byte[] Raw)> ReadRestFromAsync(long line, int limit, CancellationToken cancellationToken)
    {
        var offset = _lineStarts.Where(start => start.Line <= line).Select(start => start.Offset).DefaultIfEmpty(Math.Max(0, _position - window)).Max();
        var raw = new List<byte>();
        for (var at = offset; at < _position && raw.Count < limit; at++)
        {
            raw.Add(_ring[at % window]);
        }

        var chunk = new byte[16 * 1024];
        while (raw.Count < limit && await Inner.ReadAsync(chunk, cancellationToken) is > 0 and var read)
        {
            raw.AddRange(chunk.AsSpan(0, Math.Min(read, limit - raw.Count)));
        }

        return (offset, raw.ToArray());
    }

    private void Remember(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            _ring[_position % window] = b;
            _position++;
            if (b == (byte)'\n')
            {
                _lineStarts.Enqueue((++_line, _position));
            }
        }

        while (_lineStarts.Count > 1 && _lineStarts.Peek().Offset < _position - window)
        {
            _lineStarts.Dequeue();
        }
    }
}
