using System.CommandLine;
using System.Diagnostics;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Storage;
using PaperGraph.Core.Writing;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph ingest PATH...</c>: reads listing files, folders or stdin into the store.</summary>
internal sealed class IngestCommand : Command
{
    private readonly CliServices _services;
    private readonly StoreOptions _store;
    private readonly Argument<string[]> _paths = new("PATH")
    {
        Description = "Listing files (Hugging Face pages, JSON Lines, Atom; .gz too), folders (read recursively), or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<int> _batchSize = new("--batch-size")
    {
        Description = "Records per store transaction.",
        DefaultValueFactory = _ => 1_000,
    };

    private readonly Option<bool> _noLink = new("--no-link")
    {
        Description = "Store papers without linking them (run `papergraph relink` later).",
    };

    public IngestCommand(CliServices services, StoreOptions store)
        : base("ingest", $"Ingest paper listings. {ExitCodes.HelpText}")
    {
        (_services, _store) = (services, store);
        Add(_paths);
        Add(_batchSize);
        Add(_noLink);
        _batchSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--batch-size must be at least 1.");
            }
        });
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var paths = parseResult.GetRequiredValue(_paths);
        var missing = paths.Where(p => p != "-" && !File.Exists(p) && !Directory.Exists(p)).ToArray();
        if (missing.Length > 0)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"No such file or folder: {string.Join(", ", missing)}");
            return ExitCodes.Failure;
        }

        var sources = IngestionSource.Expand(paths, _services.OpenStdin);
        await using var open = await _services.Stores.OpenAsync(_store.Read(parseResult), cancellationToken);
        var link = !parseResult.GetValue(_noLink);
        var pipeline = open.Pipeline;
        await using var hold = await open.WriterLease.AcquireAsync(linkPending: link, cancellationToken);
        using var writing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, hold.Lost);

        // Loading an empty store, one pass of linking after the load ends with the same graph as linking every batch
        // and repairing what it changes elsewhere, at under half the CPU (BENCHMARKS.md, "Linking after the load").
        // Until then the papers are listed as stored but not linked, so an interrupted load is linked whole by the next
        // run, as after --no-link. A store that holds papers is linked batch by batch, each batch queryable at once.
        var linkAfterLoad = link && await open.Store.CountPapersAsync(PaperFilter.None, cancellationToken) == 0;
        var options = new IngestionOptions
        {
            BatchSize = parseResult.GetValue(_batchSize),
            Linker = link && !linkAfterLoad ? open.Linker : null,
        };
        IngestionSummary summary;
        try
        {
            var linked = TimeSpan.Zero;
            async Task LinkAfterLoadAsync(IProgress<RelinkProgress>? progress)
            {
                var started = Stopwatch.GetTimestamp();
                await open.Linker.RelinkAllAsync(progress, writing.Token);
                linked = Stopwatch.GetElapsedTime(started);
            }

            if (_services.IsInteractive)
            {
                summary = await IngestProgressBar.RunAsync(progress => pipeline.RunAsync(sources, options, progress, writing.Token), linkAfterLoad ? LinkAfterLoadAsync : null);
            }
            else
            {
                summary = await pipeline.RunAsync(sources, options, progress: null, writing.Token);
                if (linkAfterLoad)
                {
                    await LinkAfterLoadAsync(progress: null);
                }
            }

            summary = summary with { Elapsed = summary.Elapsed + linked };
        }
        catch (OperationCanceledException) when (hold.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new WriterLeaseLostException();
        }

        await IngestSummaryWriter.WriteAsync(output, summary);
        return summary.Quarantined > 0 ? ExitCodes.SomeQuarantined : ExitCodes.Success;
    }
}
