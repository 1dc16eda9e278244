using PaperGraph.Cli;
using PaperGraph.Cli.Commands;
using PaperGraph.Core.Linking;
using Serilog.Extensions.Logging;

// Compose only: logging to stderr, the store factory, the command tree; then run what the arguments ask for.
var interactive = !Console.IsOutputRedirected;
await using var logger = CliLogging.CreateLogger(interactive, LogFormatOption.IsJson(args));
using var loggers = new SerilogLoggerFactory(logger);
var catalog = new Lazy<LinkerDictionary>(() => new LinkerDictionary(EntityCatalog.LoadEmbedded()));
var stores = new StoreFactory(loggers, TimeProvider.System, catalog);
var services = new CliServices(loggers, TimeProvider.System, stores, Console.OpenStandardInput, interactive);
return await PaperGraphCommand.RunAsync(services, args);
