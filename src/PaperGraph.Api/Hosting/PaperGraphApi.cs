using PaperGraph.Api.Export;
using PaperGraph.Api.Reconciliation;
using PaperGraph.Api.Telemetry;
using PaperGraph.Api.Transport;
using PaperGraph.Ingestion;
using Serilog;
using Serilog.Events;

namespace PaperGraph.Api.Hosting;

/// <summary>
/// The API's composition root, top to bottom: builder → store, linker and queue → GraphQL → build → middleware
/// → endpoints. <c>Program</c> runs it; <c>papergraph serve</c> calls it with its own tweaks to the builder.
/// </summary>
internal static class PaperGraphApi
{
    /// <summary>The tag of the checks <c>/health/ready</c> runs; a host adds its own (serve's first-start seeding).</summary>
    public const string ReadyTag = OperationsEndpoints.ReadyTag;

    /// <summary>The framework's health check service, which logs each unhealthy check of each probe at Error.</summary>
    public const string HealthCheckLogCategory = "Microsoft.Extensions.Diagnostics.HealthChecks";

    /// <summary>The command-line spellings the host accepts besides <c>--Key value</c>.</summary>
    private static readonly Dictionary<string, string> Switches = new() { [LogFormat.Option] = LogFormat.Key };

    public static WebApplication BuildApp(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddCommandLine(args, Switches);
        var json = LogFormat.IsJson(builder.Configuration[LogFormat.Key]);
        builder.Services.AddSerilog((services, logger) => logger
            // Every probe of an unready host would log an error line: the answer's JSON carries the reason instead.
            .MinimumLevel.Override(HealthCheckLogCategory, LogEventLevel.Fatal)
            // The framework's own per-request lines repeat the access line; appsettings says the same, but a host
            // started without it (another content root) must not log every request at Information either.
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            // The Neo4j store's HTTP client and Polly log every request and attempt; the store logs its own
            // retries. Settings (Serilog:MinimumLevel:Override) can still turn them back on.
            .MinimumLevel.Override("System.Net.Http", LogEventLevel.Warning)
            .MinimumLevel.Override("Polly", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Console(json, toStandardError: false));
        builder.Services.AddIngestionRuntime(builder.Configuration);
        builder.Services.AddPaperGraphTelemetry(builder.Configuration, "papergraph-api");
        builder.Services.AddSingleton<GraphQLMetrics>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [ReadyTag], timeout: StoreHealthCheck.Timeout);
        builder.Services.AddGraphQLApi();
        builder.Services.AddGraphQLCors();
        builder.Services.AddReconciliation();

        // The caller's services come after the store's, so hosted services such as an inbox worker start
        // after the store is migrated; settings that choose the store come in through args.
        configure?.Invoke(builder);

        var app = builder.Build();

        // Access lines (probes and scrapes included) at Debug: the GraphQL endpoint logs one Information line per
        // operation, with its name, which an access line cannot know. Failures stay visible as errors.
        // A 503 from /health/ready is an answer, not a failure.
        app.UseSerilogRequestLogging(options => options.GetLevel = (http, _, exception) =>
            exception is not null || (http.Response.StatusCode >= StatusCodes.Status500InternalServerError && !http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                ? LogEventLevel.Error
                : LogEventLevel.Debug);
        app.UseMiddleware<ClientDisconnectMiddleware>();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticFileCaching.Apply });
        app.UseGraphQLCors();

        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post, HttpMethods.Head, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch],
            (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http));
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], (HttpContext http, IWebHostEnvironment environment) => ExplorerPage.WriteAsync(http, environment));
        app.MapReconciliation();
        app.MapExport();
        app.MapOperations();
        return app;
    }
}
