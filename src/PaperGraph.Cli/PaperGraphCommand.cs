using System.CommandLine;
using PaperGraph.Cli.Commands;

namespace PaperGraph.Cli;

/// <summary>The <c>papergraph</c> root command and its subcommands.</summary>
internal static class PaperGraphCommand
{
    public static RootCommand Create(CliServices services)
    {
        var store = new StoreOptions();
        var root = new RootCommand($"PaperGraph: a citation-graph knowledge base for ML papers. {ExitCodes.HelpText}")
        {
            new IngestCommand(services, store),
            new SearchCommand(services, store),
            new StatsCommand(services, store),
            new RelinkCommand(services, store),
            new ExportCommand(services, store),
            new QuarantineCommand(services, store),
            new ServeCommand(store),
            new WorkerCommand(services, store),
        };
        store.AddTo(root);
        StoreFailureAction.Apply(root);
        return root;
    }
}
