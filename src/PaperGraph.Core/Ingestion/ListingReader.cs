using System.Runtime.CompilerServices;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Ingestion;

/// <summary>
/// Reads any supported source as a stream of <see cref="ListingItem"/>s: sniffs the format, hands the bytes
/// to that format's reader, and turns a source that cannot be read (missing, no permission, broken gzip,
/// binary) into one quarantined record instead of an exception.
/// </summary>
internal sealed class ListingReader(ListingLimits limits, TimeProvider time)
{
    public async IAsyncEnumerable<ListingItem> ReadAsync(IngestionSource source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        Stream? stream = null;
        Exception? failure = null;
        try
        {
            stream = source.Open();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            failure = error;
        }

        if (stream is null)
        {
            yield return Unreadable(source.Name, failure!);
            yield break;
        }

        await using (stream)
        {
            await foreach (var item in ReadAsync(stream, source.Name, source.Format, cancellationToken))
            {
                yield return item;
            }
        }
    }

    /// <param name="format">A <see cref="ListingFormats"/> name to skip sniffing (a quarantine retry knows it), or null to sniff.</param>
    public async IAsyncEnumerable<ListingItem> ReadAsync(Stream stream, string sourceName, string? format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var items = ReadUnguardedAsync(stream, sourceName, format, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            ListingItem? item = null;
            Exception? failure = null;
            try
            {
                item = await items.MoveNextAsync() ? items.Current : null;
            }
            catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                failure = error;
            }

            if (failure is not null)
            {
                yield return Unreadable(sourceName, failure);
            }

            if (item is null)
            {
                yield break;
            }

            yield return item;
        }
    }

    private async IAsyncEnumerable<ListingItem> ReadUnguardedAsync(Stream stream, string sourceName, string? format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sniffed = format is null
            ? await ListingSniffer.SniffAsync(stream, sourceName, cancellationToken)
            : new SniffedSource(format, stream, IsBinary: false);
        var builder = new ListingRecordBuilder(sourceName, sniffed.Format, limits, time);
        if (sniffed.IsBinary)
        {
            var head = new byte[QuarantineRecord.RawLimit];
            var length = await sniffed.Content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
            yield return builder.Quarantine(QuarantineReasons.BinaryFile, $"{sourceName} holds binary data (NUL bytes), not a paper listing.", null, 0, head.AsSpan(0, length));
            yield break;
        }

        var items = sniffed.Format switch
        {
            ListingFormats.JsonLines => JsonLinesReader.ReadAsync(sniffed.Content, builder, cancellationToken),
            ListingFormats.Atom => AtomFeedReader.ReadAsync(sniffed.Content, builder, cancellationToken),
            ListingFormats.HuggingFaceListing => HuggingFaceListingReader.ReadAsync(sniffed.Content, builder, cancellationToken),
            _ => throw new ArgumentException($"No reader for format '{sniffed.Format}'.", nameof(format)),
        };
        await foreach (var item in items)
        {
            yield return item;
        }
    }

    private ListingItem Unreadable(string sourceName, Exception error) =>
        new ListingRecordBuilder(sourceName, ListingFormats.Unknown, limits, time)
            .Quarantine(QuarantineReasons.UnreadableFile, $"{sourceName} could not be read: {error.Message}", null, null, []);
}
