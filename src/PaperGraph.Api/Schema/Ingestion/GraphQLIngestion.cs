using System.Text;
using System.Text.Json;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Storage;
using PaperGraph.Ingestion.Queue;

namespace PaperGraph.Api.Schema.Ingestion;

/// <summary>
/// Runs what the <c>ingest</c> mutation sends through the shared <see cref="IngestionQueue"/> (origin and source
/// <c>graphql</c>), like an inbox file: the same reader, batches, quarantine and linking, and the same bound on
/// work waiting. Documents become JSON Lines records; text is read as <c>format</c> or sniffed. Answers once the
/// job is stored and linked, per record in input order. A full queue throws <see cref="IngestionQueueFullException"/>.
/// </summary>
internal sealed class GraphQLIngestion(IngestionQueue queue)
{
    public const string SourceName = "graphql";

    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<IngestDocument>? documents, string? text, string? format, CancellationToken cancellationToken)
    {
        var payload = Encoding.UTF8.GetBytes(documents is not null
            ? string.Join('\n', documents.Select(d => JsonSerializer.Serialize(new { title = d.Title, @abstract = d.Abstract, arxivId = d.ArxivId, date = d.Date, authors = d.Authors })))
            : text ?? "");
        var source = new IngestionSource(SourceName, () => new MemoryStream(payload, writable: false), payload.Length, documents is not null ? ListingFormats.JsonLines : format);

        // Filled on the queue's thread; read only after the ticket completes, which orders the writes before the reads.
        var outcomes = new SortedDictionary<long, IngestOutcome>();
        var ticket = queue.Enqueue(source, IngestionQueue.GraphQLOrigin, batch => Collect(batch, outcomes));
        await ticket.Completion.WaitAsync(cancellationToken);
        return [.. outcomes.Values];
    }

    private static void Collect(IngestionBatch batch, SortedDictionary<long, IngestOutcome> outcomes)
    {
        for (var i = 0; i < batch.Papers.Count; i++)
        {
            var index = (int)batch.PaperPositions[i];
            outcomes[index] = new IngestOutcome(index, batch.Papers[i].PaperId, StatusOf(batch.Papers[i].Result), null, null);
        }

        for (var i = 0; i < batch.Quarantined.Count; i++)
        {
            var index = (int)batch.QuarantinedPositions[i];
            var bad = batch.Quarantined[i];
            outcomes[index] = new IngestOutcome(index, null, IngestStatus.Quarantined, bad.ReasonCode, bad.Reason);
        }
    }

    private static IngestStatus StatusOf(UpsertResult result) => result switch
    {
        UpsertResult.Created => IngestStatus.Created,
        UpsertResult.Updated => IngestStatus.Updated,
        _ => IngestStatus.Unchanged,
    };
}
