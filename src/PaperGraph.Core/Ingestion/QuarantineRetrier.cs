using Microsoft.Extensions.Logging;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Ingestion;

/// <summary>
/// Reads quarantined records again from their raw bytes with their format (after a fix or with other
/// limits). A record that now reads cleanly is upserted and leaves quarantine; one that still fails stays.
/// </summary>
public sealed class QuarantineRetrier(IGraphStore store, TimeProvider time, ILogger<QuarantineRetrier> logger)
{
    private const int PageSize = 200;

    /// <param name="quarantineIds">The records to retry; empty means all of them.</param>
    public async Task<QuarantineRetryResult> RetryAsync(IReadOnlyCollection<string> quarantineIds, ListingLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quarantineIds);
        var wanted = quarantineIds.ToHashSet(StringComparer.Ordinal);
        var reader = new ListingReader(limits, time);
        var (recovered, failed, seen) = (new List<string>(), new List<string>(), new HashSet<string>(StringComparer.Ordinal));
        string? after = null;
        do
        {
            var page = await store.ListQuarantineAsync(PageSize, after, cancellationToken);
            foreach (var record in page.Items.Select(i => i.Node).Where(r => wanted.Count == 0 || wanted.Contains(r.Id)))
            {
                seen.Add(record.Id);
                var papers = await ReadAgainAsync(reader, record, cancellationToken);
                if (papers is null)
                {
                    Log.StillQuarantined(logger, record.Id, record.ReasonCode);
                    failed.Add(record.Id);
                    continue;
                }

                await store.UpsertPapersAsync(papers, cancellationToken);
                await store.RemoveQuarantineAsync([record.Id], cancellationToken);
                Log.Recovered(logger, record.Id, record.Source, papers.Count);
                recovered.Add(record.Id);
            }

            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return new QuarantineRetryResult(recovered, failed, wanted.Where(id => !seen.Contains(id)).Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>The papers in the raw bytes, or null when any part still fails or the bytes were cut at the raw limit.</summary>
    private static async Task<IReadOnlyList<PaperRecord>?> ReadAgainAsync(ListingReader reader, QuarantineRecord record, CancellationToken cancellationToken)
    {
        if (record.Format == ListingFormats.Unknown || record.Raw.Length >= QuarantineRecord.RawLimit)
        {
            return null;
        }

        var papers = new List<PaperRecord>();
        await foreach (var item in reader.ReadAsync(new MemoryStream(record.Raw), record.Source, record.Format, cancellationToken))
        {
            if (item.Record is null)
            {
                return null;
            }

            // Raw bytes start at the record's own line: shift the re-read line numbers back onto the source.
            papers.Add(item.Record with { Line = (record.Line ?? 1) + item.Record.Line - 1 });
        }

        return papers.Count > 0 ? papers : null;
    }
}
