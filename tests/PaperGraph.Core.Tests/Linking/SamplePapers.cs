using PaperGraph.Core.Graph;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Samples;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>The bundled sample corpus read through the real listing reader.</summary>
internal static class SamplePapers
{
    public static async Task<IReadOnlyList<Paper>> ReadAsync(CancellationToken cancellationToken)
    {
        var papers = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var record in await ReadRecordsAsync(cancellationToken))
        {
            papers[record.Paper.Id] = record.Paper;
        }

        return papers.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every record of every page in file order, repeats included (pages list some papers twice).</summary>
    public static async Task<IReadOnlyList<PaperRecord>> ReadRecordsAsync(CancellationToken cancellationToken)
    {
        var reader = new ListingReader(ListingLimits.Default, TimeProvider.System);
        var records = new List<PaperRecord>();
        foreach (var name in SampleCorpus.FileNames)
        {
            await using var stream = SampleCorpus.Open(name);
            await foreach (var item in reader.ReadAsync(stream, name, format: null, cancellationToken))
            {
                if (item.Record is { } record)
                {
                    records.Add(record);
                }
            }
        }

        return records;
    }
}
