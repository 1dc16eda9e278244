using System.CommandLine;
using Microsoft.Extensions.Logging;
using PaperGraph.Core.Ingestion;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph quarantine retry [ID...]</c>: reads quarantined records again; the ones that now read are stored.</summary>
internal sealed class QuarantineRetryCommand : Command
{
    private readonly CliServices _services;
    private readonly StoreOptions _store;
    private readonly Argument<string[]> _ids = new("ID")
    {
        Description = "Quarantine ids to retry; none means all.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public QuarantineRetryCommand(CliServices services, StoreOptions store)
        : base("retry", $"Retry quarantined records. Exit codes: 0 = all retried records stored, 3 = some still fail, 1 = an id was not found or failure.")
    {
        (_services, _store) = (services, store);
        Add(_ids);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var ids = parseResult.GetValue(_ids) ?? [];
        await using var open = await _services.Stores.OpenAsync(_store.Read(parseResult), cancellationToken);
        var retrier = new QuarantineRetrier(open.Store, _services.Time, _services.Loggers.CreateLogger<QuarantineRetrier>());
        QuarantineRetryResult result;
        await using (var hold = await open.WriterLease.AcquireAsync(linkPending: false, cancellationToken))
        {
            // Recovered papers are stored unlinked (listed as pending): the next linking run links them.
            using var writing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, hold.Lost);
            result = await retrier.RetryAsync(ids, ListingLimits.Default, writing.Token);
        }

        foreach (var id in result.Recovered)
        {
            await output.WriteLineAsync($"recovered\t{id}");
        }

        foreach (var id in result.StillQuarantined)
        {
            await output.WriteLineAsync($"still quarantined\t{id}");
        }

        foreach (var id in result.NotFound)
        {
            await output.WriteLineAsync($"not found\t{id}");
        }

        return result.NotFound.Count > 0 ? ExitCodes.Failure
            : result.StillQuarantined.Count > 0 ? ExitCodes.SomeQuarantined
            : ExitCodes.Success;
    }
}
