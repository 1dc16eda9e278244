using Serilog;
using Serilog.Core;
using PaperGraph.Api.Telemetry;
using Serilog.Events;

namespace PaperGraph.Cli;

/// <summary>Serilog for the CLI: everything to standard error, so standard output stays pure (e.g. <c>stats --json</c>).</summary>
internal static class CliLogging
{
    /// <param name="interactive">A progress bar shows progress on a terminal, so only warnings are logged there.</param>
    /// <param name="json">One JSON object per line (<c>--log-format json</c>) instead of text.</param>
    public static Logger CreateLogger(bool interactive, bool json = false) => new LoggerConfiguration()
        .MinimumLevel.Is(interactive ? LogEventLevel.Warning : LogEventLevel.Information)
        .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
        // The Neo4j store's HTTP client and Polly log every request and attempt (failed ones with a stack
        // trace); the store logs its own retries, and a command that gives up says why in one line.
        .MinimumLevel.Override("System.Net.Http", LogEventLevel.Warning)
        .MinimumLevel.Override("Polly", LogEventLevel.Fatal)
        // The worker's probes: an unready store is told in the probe's JSON, not in an error line per probe.
        .MinimumLevel.Override(PaperGraph.Api.Hosting.PaperGraphApi.HealthCheckLogCategory, LogEventLevel.Fatal)
        .Enrich.FromLogContext()
        .Console(json, toStandardError: true)
        .CreateLogger();
}
