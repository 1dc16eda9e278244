using System.Text;
using System.Text.Json;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Ingestion;

/// <summary>
/// Ingests what the <c>ingest</c> mutation sends through the same reader as files (source <c>graphql</c>):
/// documents become JSON Lines records, text is sniffed or read as <c>format</c>. One upsert call for all
/// papers, one quarantine call for the rest. Linking is left to the linker's relink (the API does not link).
/// </summary>
internal sealed class GraphQLIngestion(IGraphStore store, TimeProvider time)
{
    public const string SourceName = "graphql";

    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<IngestDocument>? documents, string? text, string? format, CancellationToken cancellationToken)
    {
        var payload = documents is not null
            ? string.Join('\n', documents.Select(d => JsonSerializer.Serialize(new { title = d.Title, @abstract = d.Abstract, arxivId = d.ArxivId, date = d.Date, authors = d.Authors })))
            : text ?? "";
        var reader = new ListingReader(ListingLimits.Default, time);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(payload));
        var items = new List<ListingItem>();
        await foreach (var item in reader.ReadAsync(stream, SourceName, documents is not null ? ListingFormats.JsonLines : format, cancellationToken))
        {
            items.Add(item);
        }

        var records = items.Where(i => i.Record is not null).Select(i => i.Record!).ToList();
        var quarantined = items.Where(i => i.Quarantine is not null).Select(i => i.Quarantine!).ToList();
        var upserted = records.Count > 0 ? await store.UpsertPapersAsync(records, cancellationToken) : [];
        if (quarantined.Count > 0)
        {
            await store.AddQuarantineAsync(quarantined, cancellationToken);
        }

        var outcomes = new List<IngestOutcome>(items.Count);
        var next = 0;
        for (var index = 0; index < items.Count; index++)
        {
            outcomes.Add(items[index].Quarantine is { } bad
                ? new IngestOutcome(index, null, IngestStatus.Quarantined, bad.ReasonCode, bad.Reason)
                : new IngestOutcome(index, upserted[next].PaperId, StatusOf(upserted[next++].Result), null, null));
        }

        return outcomes;
    }

    private static IngestStatus StatusOf(UpsertResult result) => result switch
    {
        UpsertResult.Created => IngestStatus.Created,
        UpsertResult.Updated => IngestStatus.Updated,
        _ => IngestStatus.Unchanged,
    };
}
