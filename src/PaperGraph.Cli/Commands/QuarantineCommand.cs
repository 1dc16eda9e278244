using System.CommandLine;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph quarantine list|retry</c>: the records ingestion kept aside.</summary>
internal sealed class QuarantineCommand : Command
{
    public QuarantineCommand(CliServices services, DatabaseOption database)
        : base("quarantine", "List or retry records that could not be ingested.")
    {
        Add(new QuarantineListCommand(services, database));
        Add(new QuarantineRetryCommand(services, database));
    }
}
