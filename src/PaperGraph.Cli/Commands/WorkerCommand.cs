using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperGraph.Api.Hosting;
using PaperGraph.Api.Telemetry;
using PaperGraph.Ingestion;
using PaperGraph.Ingestion.Inbox;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph worker --inbox DIR [--listen URL] [--db PATH | --store neo4j --neo4j-url URL]</c>: the inbox worker
/// alone (the store options are the root's), with a small HTTP listener for its probes and metrics.
/// </summary>
internal sealed class WorkerCommand : Command
{
    /// <summary>The setting behind <c>--listen</c>, e.g. <c>Worker__Listen</c> in the environment.</summary>
    public const string ListenKey = "Worker:Listen";

    /// <summary>Loopback: the worker's endpoints are for the machine's own probes and scraper unless told otherwise.</summary>
    public const string DefaultListen = "http://127.0.0.1:5081";

    private readonly CliServices _services;
    private readonly StoreOptions _store;
    private readonly InboxOption _inbox = new(required: true);
    private readonly Option<string?> _listen = new("--listen")
    {
        Description = $"Where /health/live, /health/ready and /metrics answer (default {DefaultListen}; port 0 picks a free one). Setting: {ListenKey}.",
        HelpName = "URL",
    };

    public WorkerCommand(CliServices services, StoreOptions store)
        : base("worker", "Watch an inbox folder and ingest every file dropped into it, until Ctrl+C.")
    {
        (_services, _store) = (services, store);
        Add(_inbox);
        Add(_listen);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Configuration.AddInMemoryCollection(HostSettings.For(_store.Read(parseResult), parseResult.GetRequiredValue(_inbox)));
        builder.WebHost.UseUrls(parseResult.GetValue(_listen) ?? builder.Configuration[ListenKey] ?? DefaultListen);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_services.Loggers);
        builder.Services.AddSingleton(_services.Time);
        builder.Services.AddIngestionRuntime(builder.Configuration);
        builder.Services.AddInboxWorker();
        builder.Services.AddPaperGraphTelemetry(builder.Configuration, "papergraph-worker");
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [OperationsEndpoints.ReadyTag], timeout: StoreHealthCheck.Timeout);
        await using var app = builder.Build();
        app.MapOperations();
        await app.StartAsync(cancellationToken);
        var banner = parseResult.InvocationConfiguration.Error;
        foreach (var url in app.Urls)
        {
            await banner.WriteLineAsync($"Health:   {url}/health/live, {url}/health/ready");
            await banner.WriteLineAsync($"Metrics:  {url}/metrics");
        }

        await banner.FlushAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
