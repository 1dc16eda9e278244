using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Ingestion;

/// <summary>
/// Reads a stream line by line as raw bytes, so each record can be decoded strictly on its own and a bad
/// byte spoils only its record. Memory is bounded by <see cref="ListingLimits.MaxLineBytes"/>: a longer
/// line is skipped to its end and returned cut, flagged <see cref="RawLine.TooLong"/>.
/// </summary>
internal sealed class ByteLineReader(Stream stream, int maxLineBytes)
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    private byte[] _buffer = new byte[Math.Min(64 * 1024, maxLineBytes + 1)];
    private int _start;
    private int _end;
    private bool _eof;
    private long _offset;
    private long _lineNumber;

    public async ValueTask<RawLine?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                return Take(newline, newline + 1, tooLong: false);
            }

            if (_eof)
            {
                return _start == _end ? null : Take(_end - _start, _end - _start, tooLong: false);
            }

            if (_end - _start > maxLineBytes)
            {
                return await SkipLongLineAsync(cancellationToken);
            }

            await FillAsync(cancellationToken);
        }
    }

    private RawLine Take(int length, int consumed, bool tooLong)
    {
        var span = _buffer.AsSpan(_start, length);
        var skip = _offset == 0 && span.StartsWith(Bom) ? Bom.Length : 0;
        var line = span[skip..];
        if (line.EndsWith("\r"u8))
        {
            line = line[..^1];
        }

        var result = new RawLine(line.ToArray(), ++_lineNumber, _offset + skip, tooLong);
        _start += consumed;
        _offset += consumed;
        return result;
    }

    private async ValueTask<RawLine> SkipLongLineAsync(CancellationToken cancellationToken)
    {
        var head = _buffer.AsSpan(_start, Math.Min(QuarantineRecord.RawLimit, _end - _start)).ToArray();
        var result = new RawLine(head, ++_lineNumber, _offset, TooLong: true);
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            var consumed = newline >= 0 ? newline + 1 : _end - _start;
            _start += consumed;
            _offset += consumed;
            if (newline >= 0 || _eof)
            {
                return result;
            }

            await FillAsync(cancellationToken);
        }
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, maxLineBytes + 1));
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        _eof = read == 0;
    }
}
