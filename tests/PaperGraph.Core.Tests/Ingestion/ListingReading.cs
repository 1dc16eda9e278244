using System.Text;
using PaperGraph.Core.Ingestion;

namespace PaperGraph.Core.Tests.Ingestion;

/// <summary>Runs the real <see cref="ListingReader"/> over bytes or a sample page and collects what it yields.</summary>
internal static class ListingReading
{
    public static async Task<IReadOnlyList<ListingItem>> ReadAsync(byte[] bytes, string name, ListingLimits? limits = null)
    {
        var reader = new ListingReader(limits ?? ListingLimits.Default, TimeProvider.System);
        var items = new List<ListingItem>();
        await foreach (var item in reader.ReadAsync(IngestionSource.FromStream(name, new MemoryStream(bytes)), TestContext.Current.CancellationToken))
        {
            items.Add(item);
        }

        return items;
    }

    public static Task<IReadOnlyList<ListingItem>> ReadAsync(string text, string name, ListingLimits? limits = null) =>
        ReadAsync(Encoding.UTF8.GetBytes(text), name, limits);

    public static IReadOnlyList<PaperGraph.Core.Storage.PaperRecord> Records(this IEnumerable<ListingItem> items) =>
        items.Where(i => i.Record is not null).Select(i => i.Record!).ToArray();

    public static IReadOnlyList<PaperGraph.Core.Graph.QuarantineRecord> Quarantined(this IEnumerable<ListingItem> items) =>
        items.Where(i => i.Quarantine is not null).Select(i => i.Quarantine!).ToArray();
}
