using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PaperGraph.Core.Telemetry;
using PaperGraph.Ingestion.Status;

namespace PaperGraph.Api.Telemetry;

/// <summary>
/// OpenTelemetry for every PaperGraph host (the API, <c>serve</c>, <c>worker</c>): ASP.NET Core, HTTP client,
/// runtime and process metrics plus PaperGraph's own meter, scraped at <c>/metrics</c> by the Prometheus exporter;
/// traces of requests and store calls only when <see cref="TelemetryOptions.OtlpEndpoint"/> is set.
/// </summary>
internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Gauges whose OpenTelemetry names end in <c>.count</c> become <c>*_count</c> in Prometheus, a suffix reserved for
    /// histograms and summaries (promtool refuses it): they are exported under plural names instead.
    /// </summary>
    private static readonly Dictionary<string, string> GaugeRenames = new(StringComparer.Ordinal)
    {
        ["dotnet.assembly.count"] = "dotnet.assemblies",
        ["dotnet.process.cpu.count"] = "dotnet.process.cpus",
        ["dotnet.thread_pool.thread.count"] = "dotnet.thread_pool.threads",
        ["dotnet.timer.count"] = "dotnet.timers",
        ["process.thread.count"] = "process.threads",
        ["process.unix.file_descriptor.count"] = "process.unix.file_descriptors",
    };

    public static IServiceCollection AddPaperGraphTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<PaperGraphTelemetry>();
        var otlp = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var exportOtlp = !string.IsNullOrEmpty(otlp.OtlpEndpoint);
        var builder = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceVersion: BuildInfo.Version))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(PaperGraphTelemetry.Name)
                    // Observable instruments exist once their owner does: build it with the meter provider.
                    .AddInstrumentation(provider => provider.GetRequiredService<IngestionMetrics>())
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddProcessInstrumentation()
                    // No response cache: a scrape every few seconds costs little, and a cached answer would hide the
                    // request just made from whoever checks by hand (or by test).
                    .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
                foreach (var (instrument, name) in GaugeRenames)
                {
                    metrics.AddView(instrument, name);
                }

                if (exportOtlp)
                {
                    metrics.AddOtlpExporter(exporter => Configure(exporter, otlp));
                }
            });
        if (exportOtlp)
        {
            builder.WithTracing(tracing => tracing
                .AddSource(PaperGraphTelemetry.Name)
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = http => !IsOperations(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(exporter => Configure(exporter, otlp)));
        }

        return services;
    }

    /// <summary>Probes and scrapes are not worth a trace each.</summary>
    private static bool IsOperations(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.Ordinal) || path.StartsWithSegments("/metrics", StringComparison.Ordinal);

    private static void Configure(OtlpExporterOptions exporter, TelemetryOptions options)
    {
        exporter.Endpoint = new Uri(options.OtlpEndpoint!);
        exporter.Protocol = options.OtlpProtocol == "grpc" ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
    }
}
