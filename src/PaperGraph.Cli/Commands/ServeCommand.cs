using System.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperGraph.Api.Hosting;
using PaperGraph.Api.Telemetry;
using PaperGraph.Ingestion.Inbox;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph serve [--db PATH] [--inbox DIR] [--urls URL]</c>: the GraphQL API and the inbox worker in one
/// process over the embedded SQLite store, sharing one ingestion queue. On a fresh machine it creates the
/// database and loads the sample corpus; it serves until Ctrl+C. Every path (inbox, mutation, sample) links
/// through the one <c>GraphLinker</c> the API registers. GraphiQL's files come from the API's <c>wwwroot</c>,
/// which the build copies next to this assembly (the content root).
/// </summary>
internal sealed class ServeCommand : Command
{
    private readonly StoreOptions _store;
    private readonly InboxOption _inbox = new(required: false);
    private readonly Option<string> _urls = new("--urls")
    {
        Description = "Where to listen, e.g. http://127.0.0.1:5080 (';' separates several).",
        HelpName = "URL",
        DefaultValueFactory = _ => "http://127.0.0.1:5080",
    };

    private readonly LogFormatOption _logFormat;

    public ServeCommand(StoreOptions store, LogFormatOption logFormat)
        : base("serve", "Serve the GraphQL API and watch an inbox folder, until Ctrl+C.")
    {
        (_store, _logFormat) = (store, logFormat);
        Add(_inbox);
        Add(_urls);
        SetAction(RunAsync);
    }

    private static readonly Dictionary<string, string?> ServeDefaults = new()
    {
        ["Security:AllowAnonymousLoopbackWrites"] = "true",
        ["AllowedHosts"] = "localhost;127.0.0.1;[::1]",
        // A server's pool holds up to ~30 connections, each with its own page cache (64 MiB each grew serve past 1 GB).
        ["Sqlite:CacheSizeMb"] = "8",
    };

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var store = _store.Read(parseResult);
        var database = store.DatabasePath;
        var inbox = parseResult.GetValue(_inbox) ?? InboxOption.DefaultFor(database);
        var urls = parseResult.GetRequiredValue(_urls);
        string[] hostArgs =
        [
            "--contentRoot", AppContext.BaseDirectory, "--urls", urls, "--" + LogFormat.Key, parseResult.GetRequiredValue(_logFormat),
            .. HostSettings.For(store, inbox).Where(setting => setting.Value is not null).SelectMany(setting => new[] { "--" + setting.Key, setting.Value! }),
        ];
        await using var app = PaperGraphApi.BuildApp(hostArgs, builder =>
        {
            // serve's own defaults, below appsettings, environment and arguments: loopback may write without a
            // key (one person's own service), and only loopback names are accepted as Host (no DNS rebinding).
            builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
            {
                InitialData = ServeDefaults,
            });
            builder.Services.AddInboxWorker();
            builder.Services.AddOptions<SampleOptions>().BindConfiguration(SampleOptions.SectionName).ValidateOnStart();
            builder.Services.AddSingleton<SampleCorpusSeeder>();
            builder.Services.AddHostedService(services => services.GetRequiredService<SampleCorpusSeeder>());
            builder.Services.AddHealthChecks().AddCheck<SeedingHealthCheck>("seeding", tags: [PaperGraphApi.ReadyTag]);
        });
        await app.StartAsync(cancellationToken);
        // The banner is for the person who started serve: on stderr, so stdout carries only the host's log lines.
        var output = parseResult.InvocationConfiguration.Error;
        foreach (var url in app.Urls)
        {
            await output.WriteLineAsync($"Explorer: {url}/ (open in a browser)");
            await output.WriteLineAsync($"GraphQL:  {url}/graphql (POST, or GET with ?query=)");
            await output.WriteLineAsync($"GraphiQL: {url}/graphql (open in a browser)");
            await output.WriteLineAsync($"Health:   {url}/health/live, {url}/health/ready");
            await output.WriteLineAsync($"Metrics:  {url}/metrics");
        }

        await output.WriteLineAsync($"Inbox:    {Path.GetFullPath(inbox)} (drop listing files here)");
        await output.WriteLineAsync($"Database: {Path.GetFullPath(database)}");
        await output.WriteLineAsync("Press Ctrl+C to stop.");
        await output.FlushAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
