using System.Globalization;
using PaperGraph.Core.Ingestion;

namespace PaperGraph.Cli.Commands;

/// <summary>The end-of-run summary of <c>papergraph ingest</c>.</summary>
internal static class IngestSummaryWriter
{
    public static async Task WriteAsync(TextWriter output, IngestionSummary summary)
    {
        var culture = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(culture, $"files        {summary.Files}"));
        await output.WriteLineAsync(string.Create(culture, $"papers new   {summary.PapersCreated}"));
        await output.WriteLineAsync(string.Create(culture, $"updated      {summary.PapersUpdated}"));
        await output.WriteLineAsync(string.Create(culture, $"unchanged    {summary.PapersUnchanged}"));
        await output.WriteLineAsync(string.Create(culture, $"quarantined  {summary.Quarantined}"));
        await output.WriteLineAsync(string.Create(culture, $"elapsed      {summary.Elapsed.TotalSeconds:F2} s"));
        await output.WriteLineAsync(string.Create(culture, $"papers/s     {summary.PapersPerSecond:F0}"));
    }
}
