using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace PaperGraph.Cli;

/// <summary>Serilog for the CLI: everything to standard error, so standard output stays pure (e.g. <c>stats --json</c>).</summary>
internal static class CliLogging
{
    /// <param name="interactive">A progress bar shows progress on a terminal, so only warnings are logged there.</param>
    public static Logger CreateLogger(bool interactive) => new LoggerConfiguration()
        .MinimumLevel.Is(interactive ? LogEventLevel.Warning : LogEventLevel.Information)
        .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
        // The Neo4j store's HTTP client and Polly log every request and attempt (failed ones with a stack
        // trace); the store logs its own retries, and a command that gives up says why in one line.
        .MinimumLevel.Override("System.Net.Http", LogEventLevel.Warning)
        .MinimumLevel.Override("Polly", LogEventLevel.Fatal)
        .WriteTo.Console(
            outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}",
            standardErrorFromLevel: LogEventLevel.Verbose,
            formatProvider: System.Globalization.CultureInfo.InvariantCulture)
        .CreateLogger();
}
