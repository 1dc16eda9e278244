using System.CommandLine;
using PaperGraph.Cli.Commands;

namespace PaperGraph.Cli;

/// <summary>The <c>papergraph</c> root command and its subcommands.</summary>
internal static class PaperGraphCommand
{
    public static RootCommand Create(CliServices services)
    {
        var database = new DatabaseOption();
        return new RootCommand($"PaperGraph: a citation-graph knowledge base for ML papers. {ExitCodes.HelpText}")
        {
            database,
            new IngestCommand(services, database),
            new SearchCommand(services, database),
            new StatsCommand(services, database),
            new RelinkCommand(services, database),
            new ExportCommand(services, database),
            new QuarantineCommand(services, database),
        };
    }
}
