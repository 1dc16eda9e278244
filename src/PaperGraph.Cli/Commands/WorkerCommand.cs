using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperGraph.Ingestion;
using PaperGraph.Ingestion.Inbox;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph worker --inbox DIR [--db PATH | --store neo4j --neo4j-url URL]</c>: the inbox worker alone (the store options are the root's).</summary>
internal sealed class WorkerCommand : Command
{
    private readonly CliServices _services;
    private readonly StoreOptions _store;
    private readonly InboxOption _inbox = new(required: true);

    public WorkerCommand(CliServices services, StoreOptions store)
        : base("worker", "Watch an inbox folder and ingest every file dropped into it, until Ctrl+C.")
    {
        (_services, _store) = (services, store);
        Add(_inbox);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(HostSettings.For(_store.Read(parseResult), parseResult.GetRequiredValue(_inbox)));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_services.Loggers);
        builder.Services.AddSingleton(_services.Time);
        builder.Services.AddIngestionRuntime(builder.Configuration);
        builder.Services.AddInboxWorker();
        using var host = builder.Build();
        await host.RunAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
