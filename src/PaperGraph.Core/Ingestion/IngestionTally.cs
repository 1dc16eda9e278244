using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Ingestion;

/// <summary>The running counts of one pipeline run.</summary>
internal sealed class IngestionTally(int filesTotal, long? bytesTotal)
{
    public int FilesDone { get; private set; }

    public string? CurrentSource { get; set; }

    public long Created { get; private set; }

    public long Updated { get; private set; }

    public long Unchanged { get; private set; }

    public long Quarantined { get; private set; }

    public long BytesRead { get; private set; }

    public void AddBytes(long count) => BytesRead += count;

    public void AddQuarantined(int count) => Quarantined += count;

    public void FileDone() => FilesDone++;

    public void Add(IEnumerable<UpsertOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            switch (outcome.Result)
            {
                case UpsertResult.Created: Created++; break;
                case UpsertResult.Updated: Updated++; break;
                default: Unchanged++; break;
            }
        }
    }

    public IngestionProgress Snapshot() =>
        new(FilesDone, filesTotal, CurrentSource, Created, Updated, Unchanged, Quarantined, BytesRead, bytesTotal);

    public IngestionSummary Summary(TimeSpan elapsed) =>
        new(FilesDone, Created, Updated, Unchanged, Quarantined, BytesRead, elapsed);
}
