using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using PaperGraph.Api.Export;
using PaperGraph.Api.Reconciliation;
using PaperGraph.Api.Transport;
using PaperGraph.Ingestion;
using Serilog;

namespace PaperGraph.Api.Hosting;

/// <summary>
/// The API's composition root, top to bottom: builder → store, linker and queue → GraphQL → build → middleware
/// → endpoints. <c>Program</c> runs it; <c>papergraph serve</c> calls it with its own tweaks to the builder.
/// </summary>
internal static class PaperGraphApi
{
    /// <summary>The tag of the checks <c>/health/ready</c> runs; a host adds its own (serve's first-start seeding).</summary>
    public const string ReadyTag = "ready";

    public static WebApplication BuildApp(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        builder.Services.AddIngestionRuntime(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [ReadyTag]);
        builder.Services.AddGraphQLApi();
        builder.Services.AddGraphQLCors();
        builder.Services.AddReconciliation();

        // The caller's services come after the store's, so hosted services such as an inbox worker start
        // after the store is migrated; settings that choose the store come in through args.
        configure?.Invoke(builder);

        var app = builder.Build();

        app.UseSerilogRequestLogging();
        app.UseMiddleware<ClientDisconnectMiddleware>();
        app.UseStaticFiles();
        app.UseGraphQLCors();

        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post, HttpMethods.Head, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch],
            (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http));
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], (HttpContext http, IWebHostEnvironment environment) => ExplorerPage.WriteAsync(http, environment));
        app.MapReconciliation();
        app.MapExport();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthJsonWriter.WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthJsonWriter.WriteAsync });
        app.MapGet("/metrics", MetricsEndpoint.HandleAsync);
        return app;
    }
}
