using System.Globalization;

namespace PaperGraph.Ingestion.Status;

/// <summary>
/// Writes the ingestion counters in the Prometheus text exposition format (version 0.0.4), by hand: a
/// dozen lines do not need an exporter package.
/// </summary>
public static class PrometheusExposition
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static async Task WriteAsync(IngestionStatusSnapshot status, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(writer);
        await MetricAsync(writer, "papergraph_ingestion_queued", "gauge", "Jobs waiting in the ingestion queue.", ("", status.Queued));
        await MetricAsync(writer, "papergraph_ingestion_processing", "gauge", "Jobs being ingested now.", ("", status.Processing));
        await MetricAsync(writer, "papergraph_ingestion_files_total", "counter", "Jobs finished, by outcome.",
            ("outcome=\"done\"", status.Done), ("outcome=\"failed\"", status.Failed));
        await MetricAsync(writer, "papergraph_ingestion_rejected_total", "counter", "Jobs refused because the queue was full.", ("", status.Rejected));
        await MetricAsync(writer, "papergraph_ingestion_papers_total", "counter", "Paper records stored, by upsert result.",
            ("result=\"created\"", status.PapersCreated), ("result=\"updated\"", status.PapersUpdated), ("result=\"unchanged\"", status.PapersUnchanged));
        await MetricAsync(writer, "papergraph_ingestion_quarantined_total", "counter", "Records quarantined.", ("", status.Quarantined));
        await MetricAsync(writer, "papergraph_ingestion_bytes_total", "counter", "Source bytes read.", ("", status.BytesRead));
        await MetricAsync(writer, "papergraph_ingestion_seconds_total", "counter", "Time spent ingesting finished jobs.", ("", status.SecondsIngesting));
    }

    private static async Task MetricAsync(TextWriter writer, string name, string type, string help, params (string Labels, double Value)[] samples)
    {
        await writer.WriteAsync($"# HELP {name} {help}\n# TYPE {name} {type}\n");
        foreach (var (labels, value) in samples)
        {
            var series = labels.Length == 0 ? name : $"{name}{{{labels}}}";
            await writer.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"{series} {value}\n"));
        }
    }
}
