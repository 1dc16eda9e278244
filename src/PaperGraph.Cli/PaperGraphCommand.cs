using System.CommandLine;
using System.CommandLine.Invocation;
using PaperGraph.Cli.Commands;

namespace PaperGraph.Cli;

/// <summary>The <c>papergraph</c> root command and its subcommands.</summary>
internal static class PaperGraphCommand
{
    public static RootCommand Create(CliServices services)
    {
        var store = new StoreOptions();
        var logFormat = new LogFormatOption();
        var root = new RootCommand($"PaperGraph: a citation-graph knowledge base for ML papers. {ExitCodes.HelpText}")
        {
            new IngestCommand(services, store),
            new SearchCommand(services, store),
            new StatsCommand(services, store),
            new RelinkCommand(services, store),
            new ExportCommand(services, store),
            new QuarantineCommand(services, store),
            new ServeCommand(store, logFormat),
            new WorkerCommand(services, store),
            logFormat,
        };
        store.AddTo(root);
        StoreFailureAction.Apply(root);
        return root;
    }

    /// <summary>
    /// Parses and runs. A usage error (unknown option, missing argument) is told apart from a failure as scripts
    /// expect: exit code 2, the errors and a one-line hint on stderr, no help page in the output.
    /// </summary>
    /// <summary>How long <c>serve</c> and <c>worker</c> may take to stop after SIGTERM: the host's own shutdown time-out.</summary>
    public static readonly TimeSpan ServerShutdownTimeout = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(CliServices services, string[] args, InvocationConfiguration? configuration = null, CancellationToken cancellationToken = default)
    {
        configuration ??= new InvocationConfiguration();
        var parseResult = Create(services).Parse(args);
        if (parseResult.Action is not ParseErrorAction)
        {
            // On SIGTERM System.CommandLine cancels the action and, after ProcessTerminationTimeout (2 s by default),
            // ends the run with 143 whatever it is doing. A one-shot command should go at once; a server stops its
            // host gracefully (the batch in flight, the queue, the listener), which can take longer than that.
            if (parseResult.CommandResult.Command.Name is "serve" or "worker")
            {
                configuration.ProcessTerminationTimeout = ServerShutdownTimeout;
            }

            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }

        foreach (var error in parseResult.Errors)
        {
            await configuration.Error.WriteLineAsync(error.Message);
        }

        await configuration.Error.WriteLineAsync($"Run '{CommandPath(parseResult.CommandResult.Command)} --help' for usage.");
        return ExitCodes.Usage;
    }

    /// <summary>"papergraph quarantine list": the root is named for the executable, whatever the host process is called.</summary>
    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Add(current is RootCommand ? "papergraph" : current.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
