using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Writing;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph relink</c>: annotates and links every stored paper again, e.g. after a catalog update.</summary>
internal sealed class RelinkCommand : Command
{
    private readonly CliServices _services;
    private readonly StoreOptions _store;

    public RelinkCommand(CliServices services, StoreOptions store)
        : base("relink", "Link every stored paper again with the current catalog and linker, rewriting mentions, introduced entities and links in place.")
    {
        (_services, _store) = (services, store);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        await using var open = await _services.Stores.OpenAsync(_store.Read(parseResult), cancellationToken);
        await using var hold = await open.WriterLease.AcquireAsync(linkPending: false, cancellationToken);
        using var writing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, hold.Lost);
        RelinkSummary summary;
        try
        {
            summary = await open.Linker.RelinkAllAsync(new ProgressLog(_services.Loggers.CreateLogger<RelinkCommand>()), writing.Token);
        }
        catch (OperationCanceledException) when (hold.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new WriterLeaseLostException();
        }

        var culture = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(culture, $"papers              {summary.Papers}"));
        await output.WriteLineAsync(string.Create(culture, $"introduced entities {summary.IntroducedEntities}"));
        await output.WriteLineAsync(string.Create(culture, $"entities written    {summary.EntitiesChanged}"));
        return ExitCodes.Success;
    }

    /// <summary>Logs each phase's progress to standard error; synchronous, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class ProgressLog(ILogger logger) : IProgress<RelinkProgress>
    {
        public void Report(RelinkProgress value) =>
            logger.LogInformation("Relink {Phase}: {Done}/{Total} papers", value.Phase, value.Done, value.Total);
    }
}
