namespace PaperGraph.Core.Ingestion;

/// <summary>What one ingestion run did.</summary>
public sealed record IngestionSummary(int Files, long PapersCreated, long PapersUpdated, long PapersUnchanged, long Quarantined, long BytesRead, TimeSpan Elapsed)
{
    public long Papers => PapersCreated + PapersUpdated + PapersUnchanged;

    public double PapersPerSecond => Elapsed > TimeSpan.Zero ? Papers / Elapsed.TotalSeconds : 0;
}
