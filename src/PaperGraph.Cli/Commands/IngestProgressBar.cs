using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Linking;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary>A Spectre.Console progress bar over an ingestion run, for terminals.</summary>
internal static class IngestProgressBar
{
    /// <param name="linkAfterLoad">Linking the whole store once the load is done (an empty store's load), with a bar of its own.</param>
    public static async Task<IngestionSummary> RunAsync(
        Func<IProgress<IngestionProgress>, Task<IngestionSummary>> run, Func<IProgress<RelinkProgress>, Task>? linkAfterLoad = null) =>
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Ingesting");
                var summary = await run(new Reporter(task));
                task.Value = task.MaxValue;
                if (linkAfterLoad is not null)
                {
                    var linking = context.AddTask("Linking");
                    await linkAfterLoad(new LinkReporter(linking));
                    linking.Value = linking.MaxValue;
                }

                return summary;
            });

    /// <summary>Shows the linking pass's phase and papers done; each phase fills the bar again.</summary>
    private sealed class LinkReporter(ProgressTask task) : IProgress<RelinkProgress>
    {
        public void Report(RelinkProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = Math.Min(value.Done, value.Total);
            task.Description = Markup.Escape($"Linking: {value.Phase}, {value.Done:N0}/{value.Total:N0} papers");
        }
    }

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
