using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Ingestion;

/// <summary>One thing a reader found in a source: a paper to upsert or a record to quarantine.</summary>
internal sealed record ListingItem
{
    private ListingItem(PaperRecord? record, QuarantineRecord? quarantine)
    {
        Record = record;
        Quarantine = quarantine;
    }

    public PaperRecord? Record { get; }

    public QuarantineRecord? Quarantine { get; }

    public static ListingItem Of(PaperRecord record) => new(record, null);

    public static ListingItem Of(QuarantineRecord quarantine) => new(null, quarantine);
}
