using PaperGraph.Core.Ingestion;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary>A Spectre.Console progress bar over an ingestion run, for terminals.</summary>
internal static class IngestProgressBar
{
    public static async Task<IngestionSummary> RunAsync(Func<IProgress<IngestionProgress>, Task<IngestionSummary>> run) =>
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Ingesting");
                var summary = await run(new Reporter(task));
                task.Value = task.MaxValue;
                return summary;
            });

    /// <summary>Updates the bar synchronously on each report; <see cref="Progress{T}"/> would post to the thread pool.</summary>
    private sealed class Reporter(ProgressTask task) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value)
        {
            if (value.BytesTotal is > 0 and var total)
            {
                task.MaxValue = total;
                task.Value = Math.Min(value.BytesRead, total);
            }
            else
            {
                task.IsIndeterminate = true;
            }

            var papers = value.PapersCreated + value.PapersUpdated + value.PapersUnchanged;
            task.Description = Markup.Escape($"{value.FilesDone}/{value.FilesTotal} files, {papers:N0} papers, {value.Quarantined:N0} quarantined");
        }
    }
}
