using Microsoft.Extensions.Logging;
using PaperGraph.Cli.Commands;

namespace PaperGraph.Cli;

/// <summary>What the commands need from the process, passed in so tests can run the CLI in-process.</summary>
/// <param name="IsInteractive">Standard output is a terminal: show a progress bar instead of log lines.</param>
internal sealed record CliServices(ILoggerFactory Loggers, TimeProvider Time, StoreFactory Stores, Func<Stream> OpenStdin, bool IsInteractive);
