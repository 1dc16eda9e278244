using System.Diagnostics.Metrics;
using PaperGraph.Core.Telemetry;

namespace PaperGraph.Ingestion.Status;

/// <summary>
/// The ingestion queue's counts as observable instruments, read from one <see cref="IngestionStatus"/> snapshot per
/// instrument at each scrape: nothing is recorded on the ingestion path itself. The Prometheus names are the ones
/// the hand-written exposition used (<c>papergraph_ingestion_files_total{outcome}</c> and so on).
/// </summary>
public sealed class IngestionMetrics
{
    public IngestionMetrics(PaperGraphTelemetry telemetry, IngestionStatus status)
    {
        ArgumentNullException.ThrowIfNull(telemetry);
        ArgumentNullException.ThrowIfNull(status);
        var meter = telemetry.Meter;
        meter.CreateObservableGauge("papergraph.ingestion.queued", () => status.Snapshot().Queued, description: "Jobs waiting in the ingestion queue.");
        meter.CreateObservableGauge("papergraph.ingestion.processing", () => status.Snapshot().Processing, description: "Jobs being ingested now.");
        meter.CreateObservableCounter("papergraph.ingestion.files", () =>
        {
            var now = status.Snapshot();
            return (IEnumerable<Measurement<long>>)[Labelled(now.Done, "outcome", "done"), Labelled(now.Failed, "outcome", "failed")];
        }, description: "Jobs finished, by outcome.");
        meter.CreateObservableCounter("papergraph.ingestion.rejected", () => status.Snapshot().Rejected, description: "Jobs refused because the queue was full.");
        meter.CreateObservableCounter("papergraph.ingestion.papers", () =>
        {
            var now = status.Snapshot();
            return (IEnumerable<Measurement<long>>)[Labelled(now.PapersCreated, "result", "created"), Labelled(now.PapersUpdated, "result", "updated"), Labelled(now.PapersUnchanged, "result", "unchanged")];
        }, description: "Paper records stored, by upsert result.");
        meter.CreateObservableCounter("papergraph.ingestion.quarantined", () => status.Snapshot().Quarantined, description: "Records quarantined.");
        meter.CreateObservableCounter("papergraph.ingestion.bytes", () => status.Snapshot().BytesRead, description: "Source bytes read.");
        meter.CreateObservableCounter("papergraph.ingestion.seconds", () => status.Snapshot().SecondsIngesting, description: "Time spent ingesting finished jobs.");
    }

    private static Measurement<long> Labelled(long value, string key, string label) => new(value, new KeyValuePair<string, object?>(key, label));
}
