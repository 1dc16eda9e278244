using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperGraph.Api.Hosting;
using PaperGraph.Core.Linking;
using PaperGraph.Worker.Inbox;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph worker --inbox DIR [--db PATH | --store neo4j --neo4j-url URL]</c>: the inbox worker alone.</summary>
internal sealed class WorkerCommand : Command
{
    private readonly CliServices _services;
    private readonly DatabaseOption _database;
    private readonly InboxOption _inbox = new(required: true);
    private readonly Option<string> _store = new("--store")
    {
        Description = "Where the graph lives: sqlite (the --db file) or neo4j (--neo4j-url).",
        DefaultValueFactory = _ => "sqlite",
    };

    private readonly Option<string?> _neo4jUrl = new("--neo4j-url") { Description = "The Neo4j server's HTTP root, e.g. http://127.0.0.1:7474.", HelpName = "URL" };

    public WorkerCommand(CliServices services, DatabaseOption database)
        : base("worker", "Watch an inbox folder and ingest every file dropped into it, until Ctrl+C.")
    {
        (_services, _database) = (services, database);
        _store.AcceptOnlyFromAmong("sqlite", "neo4j");
        Add(_inbox);
        Add(_store);
        Add(_neo4jUrl);
        Validators.Add(result =>
        {
            if (result.GetValue(_store) == "neo4j" && string.IsNullOrWhiteSpace(result.GetValue(_neo4jUrl)))
            {
                result.AddError("--store neo4j needs --neo4j-url.");
            }
        });
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(HostSettings.For(
            parseResult.GetRequiredValue(_store),
            parseResult.GetRequiredValue(_database),
            parseResult.GetValue(_neo4jUrl),
            parseResult.GetRequiredValue(_inbox)));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_services.Loggers);
        builder.Services.AddSingleton(_services.Time);
        builder.Services.AddPaperGraphStore(builder.Configuration);
        builder.Services.AddInboxWorker();
        builder.Services.AddLinking();
        using var host = builder.Build();
        await host.RunAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
